/**
 * The unit the reader works on between debris removal and paragraph joining,
 * plus small measures shared by the style detector and the joiners.
 */

/** A line of the export after debris removal, still tied to its source line. */
export interface CleanLine {
  /** 1-based source line (several CleanLines share one when a `<p>` run was split). */
  line: number;
  /** Text without debris; '' for a blank line. */
  text: string;
  /** The line opened with a `**bold**` span before the markers were stripped. */
  boldStart?: boolean;
  /** The first line after removed page furniture (a running header or page number): a new page starts here. */
  afterPageFurniture?: boolean;
}

/** Blank: nothing but whitespace (ASCII, U+3000, NBSP). */
export function isBlank(text: string): boolean {
  return /^[\s\u3000\u00a0]*$/.test(text);
}

/** Ambiguous-width characters that Chinese typesetting prints full width. */
const WIDE_BELOW_1100 = new Set([0xa7, 0xa8, 0xb0, 0xb1, 0xb7, 0xd7, 0xf7]);
const WIDE_PUNCTUATION = new Set([
  0x2010, 0x2013, 0x2014, 0x2015, 0x2016, 0x2018, 0x2019, 0x201c, 0x201d, 0x2020, 0x2021, 0x2022, 0x2024, 0x2025,
  0x2026, 0x2027, 0x2030, 0x2032, 0x2033, 0x2035, 0x203b, 0x203e,
]);

/**
 * Printed width in em: CJK, full-width and ambiguous characters (“ ” • · —) count 1,
 * ASCII and other narrow characters 0.5. The hard-wrap rules are written in these units.
 */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x1100) width += WIDE_BELOW_1100.has(c) ? 1 : 0.5;
    else if (c >= 0x2000 && c <= 0x206f) width += WIDE_PUNCTUATION.has(c) ? 1 : 0.5;
    else width += 1;
  }
  return width;
}

/** Median of a list of numbers (0 for an empty list). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Value at quantile q (0–1) of a list of numbers. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

/**
 * Joins two pieces of one paragraph: nothing between them, except a space
 * between two ASCII letters or digits (Latin words must not run together).
 */
export function joinText(before: string, after: string): string {
  const left = before.replace(/[\s\u3000]+$/, '');
  const right = after.replace(/^[\s\u3000]+/, '');
  const needsSpace = /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right);
  return needsSpace ? `${left} ${right}` : left + right;
}

/** Shortens a quotation for a repair note. */
export function quote(text: string, max = 24): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max)}…`;
}

/** Shortens a quotation from its end, for the text before a join. */
export function quoteEnd(text: string, max = 16): string {
  const t = text.trim();
  return t.length <= max ? t : `…${t.slice(-max)}`;
}
