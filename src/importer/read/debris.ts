/**
 * Debris that sits inside a line: Word bookmark residue, markdown bold markers,
 * `<p>` tags, autolinks, list bullets, `PM_{2.5}` subscripts and markdown table
 * delimiter remnants. Each removal is recorded with its source line; the words
 * around the debris are never touched.
 */
import type { RepairNote } from '../types.ts';
import { isBlank, quote, type CleanLine } from './source-line.ts';

export interface LineDebrisResult {
  /** The cleaned line; several when `<p>` paragraphs were split; none when nothing was left. */
  lines: CleanLine[];
  notes: RepairNote[];
}

const BOOKMARK = /\[bookmark: [^\]]*\]/g;
const AUTOLINK = /<((?:https?|ftp):\/\/[^<>\s]+|mailto:[^<>\s]+)>/g;
const SUBSCRIPT = /([A-Za-z0-9]+)[_^]\{([0-9A-Za-z.+-]{1,8})\}/g;
const DELIMITER_REMNANT = /^[\s|:-]*-{3,}[\s|:-]*$/;
const LIST_BULLET = /^([\s\u3000]*)[-*+][ \t]+(?=[^\s\d-])/;
const P_TAG = /<\/?p\b[^>]*>|<br\s*\/?>/i;

/** Cleans one source line. `line` is its 1-based number. */
export function removeLineDebris(raw: string, line: number): LineDebrisResult {
  const notes: RepairNote[] = [];
  const note = (kind: string, text: string) => notes.push({ line, kind, note: text });
  let text = raw;

  for (const m of text.match(BOOKMARK) ?? []) note('bookmark', `删除 Word 书签残留“${m}”`);
  text = text.replace(BOOKMARK, '');
  if (text !== raw && isBlank(text) && !text.includes('\t')) return { lines: [], notes };

  if (DELIMITER_REMNANT.test(text) && text.includes('-')) {
    note('debris', `删除表格分隔线残留“${quote(text.replace(/\t/g, '⇥'))}”`);
    return { lines: [], notes };
  }

  const boldStart = /^[\s\u3000]*\*\*/.test(text);
  const bold = text.match(/\*\*/g)?.length ?? 0;
  if (bold) {
    text = text.replace(/\*\*/g, '');
    note('debris', `删除 Markdown 加粗标记“**”${bold} 处`);
  }

  text = text.replace(AUTOLINK, (whole, url: string) => {
    note('debris', `去掉自动链接的尖括号，保留网址“${url}”`);
    return url;
  });

  text = text.replace(SUBSCRIPT, (whole, base: string, sub: string) => {
    note('debris', `将“${whole}”中的下标标记还原为“${base}${sub}”`);
    return base + sub;
  });

  const bullet = LIST_BULLET.exec(text);
  if (bullet) {
    text = bullet[1] + text.slice(bullet[0].length);
    note('debris', `删除 Markdown 列表符号“${bullet[0].trim()}”：“${quote(text)}”`);
  }

  let pieces = [text];
  if (P_TAG.test(text)) {
    pieces = text
      .split(/<\/p>\s*<p\b[^>]*>|<br\s*\/?>/i)
      .map((piece) => piece.replace(/<\/?p\b[^>]*>/gi, ''))
      .filter((piece, i) => i === 0 || !isBlank(piece));
    note('debris', `删除 HTML 段落标记“<p>”，按段落拆分为 ${pieces.length} 行`);
  }

  return {
    lines: pieces.map((piece, i) => ({ line, text: piece, ...(boldStart && i === 0 ? { boldStart } : {}) })),
    notes,
  };
}
