/**
 * Bytes → text. Accepts UTF-8 (with or without BOM) and GB18030/GBK, turns
 * CRLF and CR into LF, and refuses what is not a Chinese text document:
 * binary data, empty input, or text without enough Chinese to be a document.
 */
import iconv from 'iconv-lite';
import { ImportError } from '../types.ts';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030';
}

/** Fewer Han characters than this cannot be a government document. */
const MIN_HAN = 20;
/** Share of Han characters among non-space characters a document must reach. */
const MIN_HAN_SHARE = 0.2;
/** Share of C0 control characters (other than TAB, LF, CR, FF) that marks binary data. */
const MAX_CONTROL_SHARE = 0.01;

const HAN = /\p{Script=Han}/gu;

function lineOf(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function refuseBinary(bytes: Uint8Array, file: string): void {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new ImportError(file, null, '文件是 UTF-16 编码，无法导入：请另存为 UTF-8 或 GB18030 文本后再导入');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0 && looksLikeUtf16(bytes)) {
    throw new ImportError(
      file,
      null,
      '文件是没有 BOM 的 UTF-16 编码，无法导入：请另存为 UTF-8 或 GB18030 文本后再导入',
    );
  }
  if (nul >= 0) {
    throw new ImportError(
      file,
      lineOf(bytes, nul),
      '文件含有空字节（NUL），是二进制文件而不是文本导出，应为 UTF-8 或 GB18030 编码的纯文本',
    );
  }
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  if (controls > bytes.length * MAX_CONTROL_SHARE) {
    throw new ImportError(file, null, `文件含有 ${controls} 个控制字符，是二进制文件而不是文本导出，应为纯文本`);
  }
}

/** BOM-less UTF-16: decodes without error in one byte order into mostly Chinese text. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length % 2 !== 0) return false;
  return (['utf-16le', 'utf-16be'] as const).some((label) => {
    try {
      const text = new TextDecoder(label, { fatal: true }).decode(bytes).replace(/\s/g, '');
      return (
        text.length > 0 &&
        hanCount(text) >= Math.min(MIN_HAN, text.length) &&
        hanCount(text) >= text.length * MIN_HAN_SHARE
      );
    } catch {
      return false;
    }
  });
}

/** Most invalid sequences a text may hold and still be called UTF-8 with damaged bytes (else: another encoding). */
const MAX_DAMAGED_LINES = 20;

/**
 * UTF-8 with a few invalid byte sequences (a damaged copy): the lines that hold them, so the
 * webmaster can look; null when the text is not mostly valid UTF-8 Chinese.
 */
function damagedUtf8Lines(bytes: Uint8Array): number[] | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const lines = text.split('\n').flatMap((line, i) => (line.includes('\uFFFD') ? [i + 1] : []));
  const han = hanCount(text);
  return lines.length > 0 && lines.length <= MAX_DAMAGED_LINES && han >= MIN_HAN && han >= text.length * MIN_HAN_SHARE
    ? lines
    : null;
}

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeGb18030(bytes: Uint8Array): string | null {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  // iconv-lite marks undecodable sequences with U+FFFD: then it is not GB18030 either.
  return text.includes('\uFFFD') ? null : text;
}

/** Decodes an export, or throws an ImportError that names the file and says what was expected. */
export function decodeExport(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new ImportError(file, null, '文件为空：应为公报或文件的纯文本导出');
  refuseBinary(bytes, file);

  let encoding: DecodedText['encoding'] = 'utf-8';
  let text = decodeUtf8(bytes);
  if (text === null) {
    const damaged = damagedUtf8Lines(bytes);
    if (damaged) {
      const where = damaged
        .slice(0, 5)
        .map((n) => `第 ${n} 行`)
        .join('、');
      throw new ImportError(
        file,
        damaged[0],
        `文件是 UTF-8 编码，但有 ${damaged.length} 行含有无法解码的字节（${where}${damaged.length > 5 ? ' 等' : ''}），可能在复制或传输中损坏：请重新导出或核对这些行`,
      );
    }
    text = decodeGb18030(bytes);
    encoding = 'gb18030';
    if (text === null || hanCount(text) < MIN_HAN) {
      throw new ImportError(file, null, '无法识别文件编码：应为 UTF-8 或 GB18030/GBK 编码的中文纯文本');
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  const visible = text.replace(/\s/g, '');
  if (visible.length === 0) throw new ImportError(file, null, '文件只有空白字符：应为公报或文件的纯文本导出');
  const han = hanCount(visible);
  if (han < MIN_HAN || han < visible.length * MIN_HAN_SHARE) {
    throw new ImportError(
      file,
      null,
      `文件中没有可识别的中文文件内容（汉字 ${han} 个，占 ${Math.round((han / visible.length) * 100)}%）：应为中文公报或政府文件的纯文本导出`,
    );
  }
  return { text, encoding };
}
