/**
 * Finds a document's title block next to its 文号 line: the title lines
 * above it (starting with an issuer or 关于) or below it, joined without
 * separators. A title ends with a document kind (…的通知, …的报告).
 */
import type { SourceBlock } from '../types.ts';
import { titleKind } from '../vocabulary/doc-types.ts';
import {
  isAttachmentList,
  matchAttachmentMarker,
  matchDateLine,
  matchLabel,
  matchPrintedLine,
  matchStatusLine,
  matchWenhaoLine,
} from '../vocabulary/document-lines.ts';
import { isIssuerLine, startsWithIssuer } from '../vocabulary/organisations.ts';

const MAX_TITLE_BLOCKS = 5;
const MAX_TITLE_LINE = 60;

/** A block that can be part of a title: short text, no sentence end, no other structural role. */
export function isTitleLike(block: SourceBlock | undefined): boolean {
  if (!block || block.kind !== 'text') return false;
  const t = stripBold(block.text).trim();
  if (!t || t.length > MAX_TITLE_LINE * 2) return false;
  if (/[。；！？：:]$/.test(t)) return false;
  return !(
    matchLabel(t) ||
    matchWenhaoLine(t) ||
    matchDateLine(t) ||
    matchStatusLine(t) ||
    matchPrintedLine(t) ||
    matchAttachmentMarker(t) ||
    isAttachmentList(t)
  );
}

export const stripBold = (text: string): string => text.replace(/\*\*/g, '');

/** Title text from its blocks: line breaks and letter-spacing inside words removed, inner meaningful spaces kept. */
export function joinTitle(blocks: SourceBlock[]): string {
  const joined = blocks.map((b) => stripBold(b.text).replace(/\n/g, '').trim()).join('');
  return tidyTitle(joined);
}

/** Removes spaces between two CJK characters or between CJK and digits; keeps spaces between two names inside 《》. */
export function tidyTitle(text: string): string {
  const t = text.replace(/[\s\u3000]+/g, ' ').trim();
  return t.replace(/ /g, (_m, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + 1] ?? '';
    const insideQuote =
      (whole.slice(0, offset).match(/《/g)?.length ?? 0) > (whole.slice(0, offset).match(/》/g)?.length ?? 0);
    const orgEnd = /(局|委|会|部|厅|办|府|院|室)$/.test(whole.slice(0, offset));
    if (insideQuote && orgEnd && /[\u4e00-\u9fa5]/.test(after)) return ' ';
    if (/[A-Za-z]/.test(before) && /[A-Za-z]/.test(after)) return ' ';
    return '';
  });
}

export interface TitleBlock {
  /** Block indices of the title lines. */
  indices: number[];
  title: string;
}

/** Title lines right above `at` (exclusive), going up no further than `floor`. */
export function titleAbove(blocks: SourceBlock[], at: number, floor: number): TitleBlock | null {
  const indices: number[] = [];
  for (let j = at - 1; j >= floor && indices.length < MAX_TITLE_BLOCKS; j--) {
    if (!isTitleLike(blocks[j])) break;
    indices.unshift(j);
    const text = stripBold(blocks[j].text);
    if (isIssuerLine(text) && !isIssuerLine(stripBold(blocks[j - 1]?.text ?? ''))) break;
    if (/^\s*\**关于/.test(text) && !isIssuerLine(stripBold(blocks[j - 1]?.text ?? ''))) break;
  }
  while (indices.length && !startsWithIssuer(stripBold(blocks[indices[0]].text))) indices.shift();
  if (!indices.length) return null;
  const title = joinTitle(indices.map((i) => blocks[i]));
  return titleKind(title) ? { indices, title } : null;
}

/** Title lines right below `at` (exclusive), up to `ceiling` (exclusive). */
export function titleBelow(blocks: SourceBlock[], at: number, ceiling: number): TitleBlock | null {
  const indices: number[] = [];
  for (let j = at + 1; j < ceiling && indices.length < MAX_TITLE_BLOCKS; j++) {
    if (!isTitleLike(blocks[j])) break;
    indices.push(j);
    const title = joinTitle(indices.map((i) => blocks[i]));
    if (titleKind(title) && startsWithIssuer(stripBold(blocks[indices[0]].text))) return { indices, title };
  }
  return null;
}
