/**
 * Paragraphs of a hard-wrapped export (rules J1–J6 of NOTES.md, 002 §6).
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
 * otherwise join with nothing between. Joins onto a page start are logged.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import { ParagraphBuilder, tableBlock } from './blocks.ts';
import { isStructuralLine, opensItem } from './markers.ts';
import { numberPages } from './pages.ts';
import { emWidth, isBlank, quote, quoteEnd, type CleanLine } from './source-line.ts';
import type { Segment } from './tables.ts';

const ENDS_TERM = /[。！？；：]$/;

interface WrappedLine {
  line: CleanLine;
  /** Text without the page-start space. */
  text: string;
  width: number;
  pageStart: boolean;
}

/** A line that could be the first line of a paragraph: indented width and an open end. */
export function looksFirst(text: string, width = emWidth(text)): boolean {
  return width >= 24.5 && width < 27.5 && !/[。！？；：）”]$/.test(text);
}

/** A line that reads like a heading: no 。，； at all, or an item marker without 。. */
export function looksHeading(text: string): boolean {
  return !/[。，；]/.test(text) || (opensItem(text) && !text.includes('。'));
}

/** True when the paragraph must break between s and n. */
export function breaksBetween(s: WrappedLine, n: WrappedLine, sIsFirst: boolean): boolean {
  const sTerm = ENDS_TERM.test(s.text);
  if (isStructuralLine(s.text) || isStructuralLine(n.text)) return true; // J1
  if (opensItem(n.text)) return true; // J2
  if (sTerm && s.width < (sIsFirst ? 25.5 : 27)) return true; // J3
  if (sTerm && looksFirst(n.text, n.width)) return true; // J4
  if (!sTerm && s.width < 24) return true; // J5
  return looksHeading(s.text) && looksFirst(n.text, n.width); // J6
}

function toWrapped(line: CleanLine): WrappedLine {
  const pageSpace = /^ (?=\S)/.test(line.text);
  const text = (pageSpace ? line.text.slice(1) : line.text).replace(/[\s\u3000]+$/, '');
  return { line, text, width: emWidth(text), pageStart: pageSpace || line.afterPageFurniture === true };
}

/** Re-joins the paragraphs of a hard-wrapped export and numbers its pages. */
export function joinHardWrapped(
  segments: Segment[],
  footers: { line: number; page: number }[],
): { blocks: SourceBlock[]; notes: RepairNote[] } {
  const items = segments.filter((s) => s.kind === 'table' || !isBlank(s.line.text));
  const wrapped = items.map((s) => (s.kind === 'line' ? toWrapped(s.line) : null));
  const pageStarts = wrapped.flatMap((w) => (w?.pageStart ? [w.line.line] : []));
  const numbering = numberPages(pageStarts, footers);
  const notes: RepairNote[] = [...numbering.notes];
  const out = new ParagraphBuilder();
  let pageIndex = -1;
  let previous: WrappedLine | null = null;
  let previousIsFirst = true;

  items.forEach((segment, i) => {
    const current = wrapped[i];
    if (segment.kind === 'table' || current === null) {
      if (segment.kind === 'table') out.push(tableBlock(segment.lines));
      previous = null;
      return;
    }
    if (current.pageStart) pageIndex++;
    const page = numbering.pageOf(pageIndex);
    if (previous !== null && !breaksBetween(previous, current, previousIsFirst)) {
      if (current.pageStart) {
        notes.push({
          line: current.line.line,
          kind: 'join',
          note: `跨页接合${page ? `（第 ${page} 页开头）` : ''}：第 ${previous.line.line} 行“${quoteEnd(previous.text)}”与第 ${current.line.line} 行“${quote(current.text, 16)}”原为同一段`,
        });
      }
      out.append(current.line, current.text);
      previousIsFirst = false;
    } else {
      out.start(current.line, current.text, {
        ...(page !== null ? { page } : {}),
        ...(current.pageStart ? { pageStart: true } : {}),
      });
      previousIsFirst = true;
    }
    previous = current;
  });
  out.flush();
  return { blocks: out.blocks, notes };
}
