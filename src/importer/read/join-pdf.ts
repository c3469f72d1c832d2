/**
 * Paragraphs of a PDF-derived export. One paragraph per line, a blank line
 * between; a page break cuts a paragraph (even a word) and it goes on in the
 * next non-blank line. Two kinds of joins, each logged:
 * - page break (blank line between): the first piece ends without closing
 *   punctuation, the next starts with no structural marker, neither is a
 *   structural line, and the first is not a short heading or title (unless
 *   the next opens with punctuation no paragraph starts with: `，` `、` `）`);
 * - soft wrap (no blank line between): title blocks and subtitles wrapped by
 *   the extractor; never list items, colophon fields or labels.
 * The table of contents is left as printed (stage 2 reads its fragments).
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import { ParagraphBuilder, tableBlock, trimLine } from './blocks.ts';
import { isDocumentTitle } from '../vocabulary/doc-types.ts';
import { isAttachmentLine, isDateLine, isLabelLine, isStatusLine, isWenhaoLine } from '../vocabulary/document-lines.ts';
import { isStructuralLine, opensItem, startsWithMarker } from './markers.ts';
import { isDatedSubtitle, isFieldLine, isSpeakerLine } from '../vocabulary/publication-lines.ts';
import { isBlank, quote, quoteEnd, type CleanLine } from './source-line.ts';
import type { Segment } from './tables.ts';
import { findTocRegion } from './toc.ts';

/** Closing punctuation: a piece ending in one of these is a finished paragraph. */
const CLOSED = /[。！？；：）)!?…]$/;
/** Unmarked lines this short without clause punctuation are headings or titles. */
const MAX_TITLE_LENGTH = 30;
/** Numbered lines this short without 。；： are headings. */
const MAX_HEADING_LENGTH = 40;

/** A heading or title: never continued by the next paragraph. */
export function looksLikeHeading(text: string): boolean {
  if (opensItem(text)) return text.length <= MAX_HEADING_LENGTH && !/[。；：]/.test(text);
  return text.length <= MAX_TITLE_LENGTH && !/[，；。：！？,;]/.test(text);
}

/** Punctuation no paragraph starts with: a line opening with it continues the one before. */
const CONTINUATION = /^[，、。；：）》”’！？]/;

/** May `next` continue the paragraph ending in `prev` across a page break? */
export function continuesAcrossPage(prev: string, next: CleanLine): boolean {
  const text = trimLine(next.text);
  if (!CLOSED.test(prev) && CONTINUATION.test(text) && !isStructuralLine(prev)) return true;
  return !(
    CLOSED.test(prev) ||
    isStructuralLine(prev) ||
    isDatedSubtitle(prev) ||
    isSpeakerLine(prev) ||
    isDocumentTitle(prev) ||
    isStructuralLine(text) ||
    looksLikeHeading(prev) ||
    startsWithMarker(text) ||
    next.boldStart === true
  );
}

/** May `next` (directly below `prev`, no blank line) be a soft wrap of it? */
export function continuesSoftWrap(prev: string, next: string): boolean {
  const blocked = (t: string) => isLabelLine(t) || isWenhaoLine(t) || isStatusLine(t) || isFieldLine(t);
  return !(blocked(prev) || blocked(next) || isDateLine(next) || isAttachmentLine(next) || startsWithMarker(next));
}

/** Re-joins the paragraphs of a PDF-derived export. */
export function joinPdf(segments: Segment[]): { blocks: SourceBlock[]; notes: RepairNote[] } {
  const notes: RepairNote[] = [];
  const out = new ParagraphBuilder();
  const toc = findTocRegion(segments.flatMap((s) => (s.kind === 'line' ? [s.line] : [])));
  let blankBefore = false;
  let previousLine = 0;

  for (const segment of segments) {
    if (segment.kind === 'table') {
      out.push(tableBlock(segment.lines));
      blankBefore = true;
      continue;
    }
    const line = segment.line;
    if (isBlank(line.text)) {
      blankBefore = true;
      continue;
    }
    const text = trimLine(line.text);
    if (text !== line.text.replace(/[\s\u3000]+$/, '') && !toc.has(line.line)) {
      notes.push({ line: line.line, kind: 'whitespace', note: `删除行首空白：“${quote(text)}”` });
    }
    const inToc = toc.has(line.line) || toc.has(previousLine);
    if (out.open && !inToc && !blankBefore && continuesSoftWrap(out.lastPiece, text)) {
      notes.push({
        line: line.line,
        kind: 'soft-wrap',
        note: `接合软换行：“${quoteEnd(out.lastPiece)}”+“${quote(text, 16)}”`,
      });
      out.append(line, text);
    } else if (out.open && !inToc && blankBefore && continuesAcrossPage(out.current, line)) {
      notes.push({
        line: line.line,
        kind: 'join',
        note: `跨页接合：第 ${previousLine} 行“${quoteEnd(out.lastPiece)}”与第 ${line.line} 行“${quote(text, 16)}”原为同一段`,
      });
      out.append(line, text);
    } else {
      out.start(line, text);
    }
    blankBefore = false;
    previousLine = line.line;
  }
  out.flush();
  return { blocks: out.blocks, notes };
}
