/**
 * Paragraphs of a hard-wrapped export: lines re-joined by the break rules of
 * wrap-rules.ts, the one-space page-start marker stripped (kept as pageStart),
 * pages numbered from the surviving footers, forms kept as printed (forms.ts).
 * Joins onto a page start are logged.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import { ParagraphBuilder, tableBlock } from './blocks.ts';
import { markForms } from './forms.ts';
import { dominantWidth, regionMargins } from './margins.ts';
import { numberPages } from './pages.ts';
import { emWidth, isBlank, quote, quoteEnd, type CleanLine } from './source-line.ts';
import type { Segment } from './tables.ts';
import {
  breaksBetween,
  continuesAttachmentList,
  NOTES_MARGIN,
  opensAttachmentList,
  type WrappedLine,
} from './wrap-rules.ts';

/** Lines an attachment-list entry may run over. */
const MAX_LIST_CONTINUATION = 3;

function toWrapped(line: CleanLine): WrappedLine {
  const pageSpace = /^ (?=\S)/.test(line.text);
  const text = (pageSpace ? line.text.slice(1) : line.text).replace(/[\s\u3000]+$/, '');
  return {
    line,
    text,
    width: emWidth(text),
    pageStart: pageSpace || line.afterPageFurniture === true,
    margin: NOTES_MARGIN,
    baseMargin: NOTES_MARGIN,
  };
}

/** Re-joins the paragraphs of a hard-wrapped export and numbers its pages. */
export function joinHardWrapped(
  segments: Segment[],
  footers: { line: number; page: number }[],
): { blocks: SourceBlock[]; notes: RepairNote[] } {
  const items = segments.filter((s) => s.kind === 'table' || !isBlank(s.line.text));
  const wrapped = items.map((s) => (s.kind === 'line' ? toWrapped(s.line) : null));
  const textLines = wrapped.filter((w): w is WrappedLine => w !== null);
  const widths = textLines.map((w) => w.width);
  const base = dominantWidth(widths);
  regionMargins(widths).forEach((margin, i) => Object.assign(textLines[i], { margin, baseMargin: base }));
  const pageStarts = wrapped.flatMap((w) => (w?.pageStart ? [w.line.line] : []));
  const numbering = numberPages(pageStarts, footers);
  const notes: RepairNote[] = [...numbering.notes];
  const out = new ParagraphBuilder();
  let pageIndex = -1;
  let previous: WrappedLine | null = null;
  let previousIsFirst = true;
  let listLines = 0;

  items.forEach((segment, i) => {
    const current = wrapped[i];
    if (segment.kind === 'table' || current === null) {
      if (segment.kind === 'table') out.push(tableBlock(segment.lines));
      previous = null;
      return;
    }
    if (current.pageStart) pageIndex++;
    const page = numbering.pageOf(pageIndex);
    const inList = listLines > 0 && listLines <= MAX_LIST_CONTINUATION && continuesAttachmentList(current);
    if (previous !== null && (inList || !breaksBetween(previous, current, previousIsFirst))) {
      if (current.pageStart) {
        notes.push({
          line: current.line.line,
          kind: 'join',
          note: `跨页接合${page ? `（第 ${page} 页开头）` : ''}：第 ${previous.line.line} 行“${quoteEnd(previous.text)}”与第 ${current.line.line} 行“${quote(current.text, 16)}”原为同一段`,
        });
      }
      out.append(current.line, current.text);
      previousIsFirst = false;
      if (listLines > 0) listLines++;
    } else {
      out.start(current.line, current.text, {
        ...(page !== null ? { page } : {}),
        ...(current.pageStart ? { pageStart: true } : {}),
      });
      previousIsFirst = true;
      // An entry of the 附件： list (the list line itself or a numbered item below it).
      listLines = opensAttachmentList(current.text) || (listLines > 0 && /^\d{1,2}[.．、]/.test(current.text)) ? 1 : 0;
    }
    previous = current;
  });
  out.flush();
  const printed = textLines.map((w) => ({ line: w.line.line, text: w.text }));
  return { blocks: markForms(out.blocks, printed, base), notes };
}
