/**
 * The smallest pieces of the importer's vocabulary: whitespace as exports
 * print it (ASCII and full-width), Chinese numerals, Chinese dates.
 */

/** Any run of spaces, including the full-width U+3000, in a RegExp source. */
export const SP = '[\\s\\u3000]*';

/** Chinese numerals as item numbers use them (一、, （十二）). */
export const CN_NUM = '[一二三四五六七八九十百零〇○]+';

/** A Chinese date in a RegExp source: year, month and an optional day (2021 年 1 月; 2025 年 3 月 5 日). */
export const DATE = `(?:19|20)\\d{2}${SP}年${SP}\\d{1,2}${SP}月(?:${SP}\\d{1,2}${SP}日)?`;

/** Removes every kind of whitespace: for titles, labels, 文号 and keys. */
export function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

const FULL_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** ISO date of the first full Chinese date in a text. */
export function parseChineseDate(text: string): string | null {
  const m = FULL_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
