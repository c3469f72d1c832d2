/**
 * The reader's rules for lines that the joiners must never merge into a
 * neighbour: numbered item openers, lines that begin with a structural
 * marker, and every skeleton line of the shared vocabulary. They take one
 * line of text (debris already removed) and are shared by the three joiners.
 */
import {
  isAttachmentLine,
  isDateLine,
  isLabelLine,
  isPrintedLine,
  isStatusLine,
  isWenhaoLine,
} from '../vocabulary/document-lines.ts';
import { isSignatureLine } from '../vocabulary/organisations.ts';
import { isContentsHeading, isFieldLine } from '../vocabulary/publication-lines.ts';
import { CN_NUM } from '../vocabulary/text.ts';

/** A line that opens a numbered item: `一、`, `（一）`, `1.`, `1．`, `1、`, `（1）`, `①`, `第一章`. */
export function opensItem(text: string): boolean {
  const t = text.replace(/^[\s\u3000]+/, '');
  return (
    new RegExp(`^${CN_NUM}、`).test(t) ||
    new RegExp(`^[（(]${CN_NUM}[）)]`).test(t) ||
    /^\d{1,2}[.．](?!\d)/.test(t) ||
    /^\d{1,2}[.．](?=\d{4} ?年)/.test(t) ||
    /^\d{1,2}、/.test(t) ||
    /^[（(]\d{1,2}[）)]/.test(t) ||
    /^[①-⑳]/.test(t) ||
    new RegExp(`^第${CN_NUM}[章节条部分篇]`).test(t)
  );
}

/** A line that begins with any structural marker (PDF join rule: never the continuation of a page). */
export function startsWithMarker(text: string): boolean {
  const t = text.replace(/^[\s\u3000]+/, '');
  return opensItem(t) || /^(【|——|附件|专栏)/.test(t);
}

/** Any line the joiners treat as a paragraph of its own. */
export function isStructuralLine(text: string): boolean {
  return (
    isLabelLine(text) ||
    isWenhaoLine(text) ||
    isDateLine(text) ||
    isStatusLine(text) ||
    isPrintedLine(text) ||
    isSignatureLine(text) ||
    isAttachmentLine(text) ||
    isContentsHeading(text) ||
    isFieldLine(text)
  );
}
