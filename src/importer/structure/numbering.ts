/**
 * Item markers of Chinese official documents (一、 （一） 1. （1） ① 第一章 …)
 * and their numeric values. Levels are not fixed per marker: Word exports
 * flatten 一、 to 1、, so the level comes from the order markers appear in.
 */

export type MarkerFamily =
  'chapter' | 'section' | 'article' | 'cn-dun' | 'cn-paren' | 'ar-dot' | 'ar-dun' | 'ar-paren' | 'circled' | 'decimal';

export interface Marker {
  family: MarkerFamily;
  /** The number the marker carries (一 → 1, ③ → 3); for decimal markers the last component. */
  value: number;
  /** For decimal markers (1.2.3): the depth (3). */
  depth?: number;
  /** The marker as printed, including its punctuation. */
  printed: string;
  /** Text after the marker. */
  rest: string;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十一 → 11, 二十一 → 21, 一百 → 100. */
export function chineseNumber(text: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = CN_DIGITS[ch];
  }
  return total + current;
}

const CN = '[一二三四五六七八九十百]+';
const PATTERNS: [MarkerFamily, RegExp][] = [
  ['chapter', new RegExp(`^(第(${CN})章)[\\s\\u3000]*`)],
  ['section', new RegExp(`^(第(${CN})节)[\\s\\u3000]*`)],
  ['article', new RegExp(`^(第(${CN})条)[\\s\\u3000]*`)],
  ['cn-dun', new RegExp(`^((${CN})、)`)],
  ['cn-paren', new RegExp(`^([（(](${CN})[）)])`)],
  // 1.1  标题 needs a space (3.5万人 is a number); 6.2.1.1启动条件 (three dots or more) may do without.
  [
    'decimal',
    /^((\d{1,2}(?:\.\d{1,2}(?:\.\d{1,2}){1,2}(?![\d%．.])[\s\u3000]*|\.\d{1,2}(?![\d%．.])[\s\u3000]+)))(?=[\u4e00-\u9fa5Ⅰ-Ⅻ])/,
  ],
  ['ar-paren', /^([（(](\d{1,2})[）)])/],
  ['ar-dun', /^((\d{1,2})、)/],
  ['ar-dot', /^((\d{1,2})[.．])(?![\d%])[\s\u3000]*/],
  ['circled', /^(([①-⑳]))/],
];

/** Reads the item marker a paragraph starts with, or null. */
export function readMarker(text: string): Marker | null {
  const t = text.replace(/^[\s\u3000]+/, '');
  // 003-style 'N  title' (a whole number followed by two spaces) is a level-1 decimal heading.
  const spaced = /^(\d{1,2})[\s\u3000]{2,}(?=[\u4e00-\u9fa5])/.exec(t);
  if (spaced)
    return {
      family: 'decimal',
      value: Number(spaced[1]),
      depth: 1,
      printed: spaced[1],
      rest: t.slice(spaced[0].length),
    };
  for (const [family, re] of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const rest = t.slice(m[0].length);
    if (family === 'decimal') {
      const parts = m[2].trim().split('.').map(Number);
      return { family, value: parts.at(-1)!, depth: parts.length, printed: m[1].trim(), rest };
    }
    const raw = m[2];
    const value =
      family === 'circled' ? raw.charCodeAt(0) - 0x2460 + 1 : /^\d+$/.test(raw) ? Number(raw) : chineseNumber(raw);
    if (value === null) continue;
    return { family, value, printed: m[1], rest };
  }
  return null;
}
