/**
 * One numbered document as a draft: its parts laid out (notice-layout.ts),
 * its body assembled (notice-body.ts), its metadata read (validity, 印发
 * line, status), and a forwarded notice, which becomes a document of its own
 * with `parent` set.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import type { NoticeDraft } from './model.ts';
import type { Segment } from './boundaries.ts';
import { findPrintedLines, sameOrg } from './signature.ts';
import { readValidity } from './relations.ts';
import { titleKind } from '../vocabulary/doc-types.ts';
import { wenhaoOfForwarded, type Forwarded } from './enclosure.ts';
import { stripBold } from './title-block.ts';
import { layOutNotice } from './notice-layout.ts';
import { assembleNoticeBody } from './notice-body.ts';

/** One numbered document, and the forwarded notice it carries as a document of its own. */
export function buildNotices(blocks: SourceBlock[], seg: Segment, flatTables = false): NoticeDraft[] {
  const notes: RepairNote[] = [];
  const layout = layOutNotice(blocks, seg, notes);
  const { body, attachments } = assembleNoticeBody(blocks, layout, notes, flatTables);
  const { headerEnd, tailEnd, forwarded, signature, status, wenhao, issuer, enclosed } = layout;
  const ownParagraphs = blocks
    .slice(headerEnd, tailEnd)
    .filter((b) => b.kind === 'text')
    .map((b) => stripBold(b.text));
  const validity = readValidity(ownParagraphs);
  const printed = findPrintedLines(blocks, seg.start, seg.end).filter(
    (p) => !forwarded || p.at < forwarded.start || p.at >= forwarded.end,
  );
  const printedDate = printed[0]?.date ?? null;
  const notice: NoticeDraft = {
    kind: 'notice',
    title: seg.title,
    issuer,
    signer: signature?.signer && !sameOrg(signature.signer, issuer) ? signature.signer : null,
    signedDate: signature?.date ?? null,
    publishedDate: printedDate,
    gazette: null,
    gazettePage: blocks[seg.start].page ?? null,
    section: seg.section,
    lines: [blocks[seg.start].lines[0], blocks[seg.end - 1].lines[1]],
    body,
    notes,
    wenhao: wenhao?.normal ?? null,
    wenhaoPrinted: wenhao?.printed ?? null,
    docType: docTypeOf(seg.title),
    addressees: layout.addressees,
    enclosedTitle: enclosed && /印发|转发|公布/.test(seg.title) ? enclosed.title : null,
    printedDate,
    printedBy: printed[0]?.by ?? null,
    publicRelease: status?.publicRelease ?? false,
    statusLine: status?.printed ?? null,
    validity: '有效',
    effectiveDate: validity.effectiveBasis === 'date' ? validity.effectiveDate : null,
    effectiveText: validity.effectiveText,
    effectiveBasis: validity.effectiveBasis,
    repeals: validity.repeals,
    repealedBy: [],
    parent: null,
    attachments,
  };
  if (!forwarded) return [notice];
  return [notice, ...forwardedNotices(blocks, seg, notice, forwarded, ownParagraphs.join('\n'), flatTables)];
}

/** The forwarded notice as documents of their own: 文号 from the forwarding text when it prints none, `parent` set. */
function forwardedNotices(
  blocks: SourceBlock[],
  seg: Segment,
  notice: NoticeDraft,
  forwarded: Forwarded,
  forwardingText: string,
  flatTables: boolean,
): NoticeDraft[] {
  const childSeg: Segment = {
    kind: 'notice',
    start: forwarded.start,
    end: forwarded.end,
    section: seg.section,
    wenhaoAt: null,
    titleAt: forwarded.titleAt,
    title: forwarded.title,
  };
  const children = buildNotices(blocks, childSeg, flatTables);
  const child = children[0];
  const childWenhao = wenhaoOfForwarded(forwardingText, forwarded.title);
  if (childWenhao) {
    child.wenhao = childWenhao.normal;
    child.wenhaoPrinted = childWenhao.printed;
    child.notes.push({
      line: null,
      kind: 'flag',
      note: `转发文件本身未印文号，文号“${childWenhao.normal}”取自转发通知正文`,
    });
  }
  child.issuer = forwarded.issuer;
  child.signer = child.signer && sameOrg(child.signer, forwarded.issuer) ? null : child.signer;
  child.parent = notice.wenhao ?? notice.title;
  child.gazettePage = blocks[forwarded.start].page ?? null;
  notice.notes.push({
    line: blocks[forwarded.start].lines[0],
    kind: 'flag',
    note: `所转发的文件“${forwarded.title}”作为独立条目导入`,
  });
  return children;
}

/** The 文种 a title ends with (one of the schema's DOC_TYPES); a title that names none is a 通知. */
function docTypeOf(title: string): string {
  return titleKind(title) ?? '通知';
}
