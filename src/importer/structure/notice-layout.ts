/**
 * Where the parts of one numbered document lie among its blocks: the header
 * (文号, addressees), the signature block that closes its own text, and what
 * follows it — the enclosed document of a 印发 notice, a forwarded notice,
 * the attachments and how they compare with the printed 附件 list.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import type { Segment } from './boundaries.ts';
import { compareWithList, findAttachments, readAttachmentList, type AttachmentSpan } from './attachments.ts';
import { findSignature, findStatus, sameOrg, type Signature } from './signature.ts';
import { findEnclosedTitle, findForwarded, type Forwarded } from './enclosure.ts';
import { isAddresseeLine, matchAttachmentMarker, matchWenhaoLine } from '../vocabulary/document-lines.ts';
import { isIssuerLine } from '../vocabulary/organisations.ts';
import { compact } from '../vocabulary/text.ts';
import { stripBold } from './title-block.ts';

export interface NoticeLayout {
  /** First block after the 文号 and title lines. */
  headerEnd: number;
  wenhao: { printed: string; normal: string } | null;
  addressees: string | null;
  /** The issuer named in the title (…关于), if it is a body's name. */
  issuer: string | null;
  signature: Signature | null;
  status: { printed: string; publicRelease: boolean } | null;
  /** End of the document's own text (after the signature block). */
  ownEnd: number;
  forwarded: Forwarded | null;
  /** End of this document's blocks (a forwarded notice starts there). */
  tailEnd: number;
  enclosed: { start: number; end: number; title: string } | null;
  spans: AttachmentSpan[];
  /** The printed 附件 list's title of each attachment span, where it differs. */
  listedTitles: (string | null)[];
}

function issuerOfTitle(title: string): string | null {
  const m = /^(.+?)关于/.exec(title);
  if (!m) return null;
  return isIssuerLine(m[1]) ? m[1] : null;
}

function firstMarker(blocks: SourceBlock[], from: number, to: number): number {
  for (let i = from; i < to; i++)
    if (blocks[i].kind === 'text' && matchAttachmentMarker(stripBold(blocks[i].text))) return i;
  return to;
}

/** Lays out one document's blocks; every mismatch it notices is added to `notes`. */
export function layOutNotice(blocks: SourceBlock[], seg: Segment, notes: RepairNote[]): NoticeLayout {
  const headerEnd = Math.max(seg.wenhaoAt ?? -1, ...seg.titleAt) + 1;
  const wenhao = seg.wenhaoAt !== null ? matchWenhaoLine(blocks[seg.wenhaoAt].text) : null;
  const addresseeText = blocks[headerEnd]?.kind === 'text' ? blocks[headerEnd].text.trim() : '';
  const addressees = isAddresseeLine(addresseeText) ? addresseeText.replace(/[：:]$/, '') : null;
  const signature = findSignature(blocks, headerEnd, seg.end);
  const ownEnd = signature ? signature.end + 1 : firstMarker(blocks, headerEnd, seg.end);
  const status = signature?.status ?? (signature ? null : findStatus(blocks, headerEnd, ownEnd));
  const issuer = issuerOfTitle(seg.title);
  if (signature?.signer && issuer && !sameOrg(signature.signer, issuer)) {
    notes.push({
      line: blocks[signature.at].lines[0],
      kind: 'flag',
      note: `落款“${signature.signer}”与标题中的发文机关“${issuer}”不一致，两者分别保留`,
    });
  }
  if (!signature)
    notes.push({ line: blocks[seg.start].lines[0], kind: 'flag', note: '未找到落款和成文日期，成文日期留空' });

  const forwarded = /转发/.test(seg.title) ? findForwarded(blocks, ownEnd, seg.end) : null;
  const tailEnd = forwarded ? forwarded.start : seg.end;
  const enclosed = findEnclosedTitle(blocks, ownEnd, tailEnd, seg.title);
  const spans = findAttachments(blocks, enclosed ? enclosed.end : ownEnd, tailEnd);
  const listed = readAttachmentList(blocks, headerEnd, spans[0]?.at ?? tailEnd);
  if (forwarded)
    for (const [k, v] of listed) if (compact(v.title).includes(compact(forwarded.title).slice(-20))) listed.delete(k);
  const { listedTitles, notes: listNotes } = compareWithList(spans, listed, blocks);
  notes.push(...listNotes);
  return {
    headerEnd,
    wenhao,
    addressees,
    issuer,
    signature,
    status,
    ownEnd,
    forwarded,
    tailEnd,
    enclosed,
    spans,
    listedTitles,
  };
}
