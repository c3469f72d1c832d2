/** readExport end to end: encodings, line ends, and refusal of what is not a Chinese text export. */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { readExport } from '../../../src/importer/read/index.ts';
import { ImportError } from '../../../src/importer/types.ts';
import { readSeed, SEED, seedBytes } from './helpers.ts';

const strip = (r: ReturnType<typeof readExport>) => ({
  style: r.style,
  blocks: r.blocks,
  notes: r.notes,
  lines: r.sourceLines,
});

function refusal(bytes: Uint8Array, file = 'bad.txt'): ImportError {
  try {
    readExport(bytes, file);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('readExport: encodings and line ends', () => {
  test('reads a GB18030-encoded copy of a seed into the same blocks as the UTF-8 original', () => {
    const gb = iconv.encode(seedBytes('002').toString('utf-8'), 'gb18030');
    const result = readExport(gb, SEED['002']);
    expect(result.encoding).toBe('gb18030');
    expect(strip(result)).toEqual(strip(readSeed('002')));
  });

  test('reads a GBK-encoded export the same way (GBK is a subset of GB18030)', () => {
    const text = [
      '重庆市沙坪坝区人民政府',
      '关于印发《沙坪坝区全民健身实施计划》的通知',
      '沙府办发〔2022〕10号',
      '各镇人民政府、各街道办事处，区政府各部门：',
      '现将《沙坪坝区全民健身实施计划》印发给你们，请认真贯彻执行。',
      '\t序号\n\t任务',
    ].join('\n');
    const result = readExport(iconv.encode(text, 'gbk'), 'gbk.txt');
    expect(result.encoding).toBe('gb18030');
    expect(strip(result)).toEqual(strip(readExport(Buffer.from(text, 'utf-8'), 'gbk.txt')));
    expect(result.blocks[2].text).toBe('沙府办发〔2022〕10号');
  });

  test('accepts a BOM and CRLF line ends with no effect on the blocks', () => {
    const text = `\uFEFF${seedBytes('003').toString('utf-8').replace(/\n/g, '\r\n')}`;
    const result = readExport(Buffer.from(text, 'utf-8'), SEED['003']);
    expect(result.encoding).toBe('utf-8');
    expect(strip(result)).toEqual(strip(readSeed('003')));
  });

  test('accepts old Mac CR line ends', () => {
    const text = seedBytes('000').toString('utf-8').replace(/\n/g, '\r');
    expect(strip(readExport(Buffer.from(text, 'utf-8'), SEED['000']))).toEqual(strip(readSeed('000')));
  });

  test('drops the empty line after a final line break but keeps a last line without one', () => {
    expect(readSeed('004').sourceLines).toHaveLength(1237);
    expect(readSeed('002').sourceLines).toHaveLength(5199);
    expect(readSeed('000').sourceLines).toHaveLength(1148);
  });
});

describe('readExport: refusals name the file and say what was expected', () => {
  test('refuses binary input with NUL bytes, naming the file and the line', () => {
    const png = Buffer.concat([
      Buffer.from('重庆市沙坪坝区人民政府公报\n第二行\n'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
    ]);
    const error = refusal(png, 'scan.pdf');
    expect(error.file).toBe('scan.pdf');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^scan\.pdf:3: .*二进制/);
  });

  test('refuses input full of control characters', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(refusal(bytes).message).toContain('控制字符');
  });

  test('refuses empty and whitespace-only input', () => {
    expect(refusal(new Uint8Array(0), 'empty.txt').message).toBe('empty.txt: 文件为空：应为公报或文件的纯文本导出');
    expect(refusal(Buffer.from(' \n\r\n\t \n'), 'blank.txt').message).toContain('只有空白字符');
  });

  test('refuses text that holds no recognisable Chinese document', () => {
    const english = Buffer.from('Annual report of the district government.\n'.repeat(20));
    expect(refusal(english, 'report.txt').message).toContain('没有可识别的中文文件内容');
  });

  test('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x80, 0x20, 0x81, 0x20, 0xa0, 0x0a]);
    expect(refusal(latin1).message).toContain('无法识别文件编码');
  });

  test('refuses UTF-16 with a message on how to fix it', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('重庆市沙坪坝区人民政府公报', 'utf16le')]);
    expect(refusal(utf16).message).toContain('UTF-16');
  });
});
