/**
 * The closing lines of a numbered document: signature (issuing body), signing
 * date, status line (此件公开发布 / 本文有删减), and the 印发 line, which can
 * stand anywhere after the signature (even before the enclosed document).
 */
import type { SourceBlock } from '../types.ts';
import {
  matchAttachmentMarker,
  matchDateLine,
  matchPrintedLine,
  matchStatusLine,
} from '../vocabulary/document-lines.ts';
import { isIssuerLine } from '../vocabulary/organisations.ts';
import { compact } from '../vocabulary/text.ts';
import { stripBold } from './title-block.ts';

export interface Signature {
  /** Index of the signer line, or of the date line when no signer is printed. */
  at: number;
  /** Index of the last closing line (date or status). */
  end: number;
  signer: string | null;
  date: string | null;
  status: { printed: string; publicRelease: boolean } | null;
}

const text = (b: SourceBlock | undefined) => (b?.kind === 'text' ? stripBold(b.text).trim() : '');

/** The first signer + date pair at or after `from`, before any attachment heading. */
export function findSignature(blocks: SourceBlock[], from: number, to: number): Signature | null {
  for (let i = from; i < to; i++) {
    if (blocks[i].kind === 'text' && matchAttachmentMarker(text(blocks[i]))) return null;
    const date = matchDateLine(text(blocks[i + 1]));
    if (isIssuerLine(text(blocks[i])) && date)
      return withStatus(
        blocks,
        { at: i, end: i + 1, signer: text(blocks[i]).replace(/[\s\u3000]+/g, ' '), date, status: null },
        to,
      );
    const alone = matchDateLine(text(blocks[i]));
    if (alone && matchStatusLine(text(blocks[i + 1])))
      return withStatus(blocks, { at: i, end: i, signer: null, date: alone, status: null }, to);
  }
  return null;
}

function withStatus(blocks: SourceBlock[], sig: Signature, to: number): Signature {
  const next = sig.end + 1 < to ? matchStatusLine(text(blocks[sig.end + 1])) : null;
  return next ? { ...sig, end: sig.end + 1, status: next } : sig;
}

/** The status line alone (a document without a signature may still print one). */
export function findStatus(
  blocks: SourceBlock[],
  from: number,
  to: number,
): { at: number; printed: string; publicRelease: boolean } | null {
  for (let i = from; i < to; i++) {
    const s = matchStatusLine(text(blocks[i]));
    if (s) return { at: i, ...s };
  }
  return null;
}

/** Every 印发 line in a range: index, office and date. */
export function findPrintedLines(
  blocks: SourceBlock[],
  from: number,
  to: number,
): { at: number; by: string | null; date: string }[] {
  const found: { at: number; by: string | null; date: string }[] = [];
  for (let i = from; i < to; i++) {
    const m = matchPrintedLine(text(blocks[i]));
    if (m) found.push({ at: i, ...m });
  }
  return found;
}

/** True when two organisation names are the same once spaces are ignored. */
export const sameOrg = (a: string | null, b: string | null): boolean => !!a && !!b && compact(a) === compact(b);
