/**
 * Break rules of a hard-wrapped export (J1–J6 of NOTES.md, 002 §6).
 * Every printed line is a text line followed by a blank line, so blank lines
 * carry nothing; a page starts with exactly one leading space (stripped here,
 * kept as `pageStart`) or right after a running header/footer. Between two
 * consecutive text lines s and n, break when:
 * - J1 s or n is structural (label, 文号, date, issuer, status, 印发, 附件);
 * - J2 n opens an item (一、 （一） 1. …);
 * - J3 s ends in TERM and is short (< 25.5 em on a first line, < 27 otherwise);
 * - J4 s ends in TERM and n looks like a first line (indented width, open end);
 * - J5 s lacks a final TERM and is short (< 24 em);
 * - J6 s looks like a heading and n looks like a first line;
 * - and, beyond NOTES, when s or n is a table row or form line (hasSpacedCells);
 * otherwise join with nothing between.
 */
import { isAttachmentLine } from '../vocabulary/document-lines.ts';
import { isStructuralLine, opensItem } from './markers.ts';
import { emWidth, type CleanLine } from './source-line.ts';

const ENDS_TERM = /[。！？；：]$/;

export interface WrappedLine {
  line: CleanLine;
  /** Text without the page-start space. */
  text: string;
  width: number;
  pageStart: boolean;
  /** Wrap width (em) of the region the line sits in. */
  margin: number;
  /** Dominant wrap width (em) of the export. */
  baseMargin: number;
}

/**
 * The rules below are written for a 28-em margin (NOTES: J3 < 25.5 / 27, J5 < 24,
 * first line 24.5–27.5); they are applied relative to the measured margin, so
 * that wider small-font regions (36 em tables, 32 em addressees) wrap correctly.
 */
export const NOTES_MARGIN = 28;

/** A line that could be the first line of a paragraph: indented width and an open end. */
export function looksFirst(text: string, width = emWidth(text), margin = NOTES_MARGIN): boolean {
  return width >= margin - 3.5 && width < margin - 0.5 && !/[。！？；：）”]$/.test(text);
}

/** A line that reads like a heading: no 。，； at all, or an item marker without 。. */
export function looksHeading(text: string): boolean {
  return !/[。，；]/.test(text) || (opensItem(text) && !text.includes('。'));
}

/**
 * A flattened table row or form line: cells separated by spaces between two
 * Chinese characters (`ZH50010610003 缙云山国家级自然保护区 优先保护单元 3`).
 * Prose has no such spaces except inside 《》 (joint issuers in a title), after
 * a leading item marker (`第一条 …`) and as template blanks in lines with
 * clause punctuation (`甲方经营 项目，`).
 */
export function hasSpacedCells(text: string): boolean {
  const t = text
    .replace(/^[\s\u3000]*第[一二三四五六七八九十百]+[条章节][\s\u3000]*/, '')
    .replace(/《[^》]*(》|$)/g, '')
    .replace(/^[^《]*》/, '');
  // Clause punctuation means prose: a space there is a fill-in blank of a template.
  return !/[，。；：]/.test(t) && /[\p{Script=Han}）”][ \u3000]+[\p{Script=Han}（“]/u.test(t);
}

/** True when the paragraph must break between s and n. */
export function breaksBetween(s: WrappedLine, n: WrappedLine, sIsFirst: boolean): boolean {
  const sTerm = ENDS_TERM.test(s.text);
  const m = s.margin;
  // Only prose indents first lines, so "looks first" is measured against the dominant margin.
  const nFirst = looksFirst(n.text, n.width, n.baseMargin);
  if (isStructuralLine(s.text) || isStructuralLine(n.text)) return true; // J1
  if (hasSpacedCells(s.text) || hasSpacedCells(n.text)) return true; // table rows and form lines stay apart
  if (opensItem(n.text)) return true; // J2
  if (sTerm && s.width < (sIsFirst ? m - 2.5 : m - 1)) return true; // J3
  if (sTerm && nFirst) return true; // J4
  if (!sTerm && s.width < m - 4) return true; // J5
  return looksHeading(s.text) && nFirst; // J6
}

/** The `附件：` list: its hanging-indent lines go on until the next item or structural line. */
export function opensAttachmentList(text: string): boolean {
  return /^附件[\s\u3000]*[：:]/.test(text);
}

/** Does n continue the `附件：` list entry above it? */
export function continuesAttachmentList(n: WrappedLine): boolean {
  return !isStructuralLine(n.text) && !opensItem(n.text) && !isAttachmentLine(n.text) && !/。$/.test(n.text);
}
