/**
 * One numbered document: header (label, 文号, title, addressees), its own
 * text up to the signature, then what follows the signature: the enclosed
 * document of a 印发 notice, attachments, and a forwarded notice, which
 * becomes a document of its own with `parent` set.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import type { BodyNode, NoticeDraft } from './model.ts';
import type { Segment } from './boundaries.ts';
import { buildBody } from './body.ts';
import { compareWithList, findAttachments, readAttachmentList } from './attachments.ts';
import { findPrintedLines, findSignature, findStatus, sameOrg } from './signature.ts';
import { readValidity } from './relations.ts';
import { titleKind } from '../vocabulary/doc-types.ts';
import { isAddresseeLine, matchAttachmentMarker, matchPrintedLine, matchWenhaoLine } from '../vocabulary/document-lines.ts';
import { isIssuerLine } from '../vocabulary/organisations.ts';
import { compact } from '../vocabulary/text.ts';
import { findEnclosedTitle, findForwarded, wenhaoOfForwarded } from './enclosure.ts';
import { stripBold } from './title-block.ts';


export function issuerOfTitle(title: string): string | null {
  const m = /^(.+?)关于/.exec(title);
  if (!m) return null;
  return isIssuerLine(m[1]) ? m[1] : null;
}

export function buildNotices(blocks: SourceBlock[], seg: Segment, flatTables = false): NoticeDraft[] {
  const notes: RepairNote[] = [];
  const headerEnd = Math.max(seg.wenhaoAt ?? -1, ...seg.titleAt) + 1;
  const wenhao = seg.wenhaoAt !== null ? matchWenhaoLine(blocks[seg.wenhaoAt].text) : null;
  const addresseeText = blocks[headerEnd]?.kind === 'text' ? blocks[headerEnd].text.trim() : '';
  const addressees = isAddresseeLine(addresseeText) ? addresseeText.replace(/[：:]$/, '') : null;
  const signature = findSignature(blocks, headerEnd, seg.end);
  const ownEnd = signature ? signature.end + 1 : firstMarker(blocks, headerEnd, seg.end);
  const status = signature?.status ?? (signature ? null : findStatus(blocks, headerEnd, ownEnd));
  const issuer = issuerOfTitle(seg.title);
  if (signature?.signer && issuer && !sameOrg(signature.signer, issuer)) {
    notes.push({ line: blocks[signature.at].lines[0], kind: 'flag', note: `落款“${signature.signer}”与标题中的发文机关“${issuer}”不一致，两者分别保留` });
  }
  if (!signature) notes.push({ line: blocks[seg.start].lines[0], kind: 'flag', note: '未找到落款和成文日期，成文日期留空' });

  const forwarded = /转发/.test(seg.title) ? findForwarded(blocks, ownEnd, seg.end) : null;
  const tailEnd = forwarded ? forwarded.start : seg.end;
  const enclosed = findEnclosedTitle(blocks, ownEnd, tailEnd, seg.title);
  const attachmentsFrom = enclosed ? enclosed.end : ownEnd;
  const spans = findAttachments(blocks, attachmentsFrom, tailEnd);
  const listed = readAttachmentList(blocks, headerEnd, spans[0]?.at ?? tailEnd);
  if (forwarded) for (const [k, v] of listed) if (compact(v.title).includes(compact(forwarded.title).slice(-20))) listed.delete(k);
  const { listedTitles, notes: listNotes } = compareWithList(spans, listed, blocks);
  notes.push(...listNotes);

  const body: BodyNode[] = [];
  const heads = new Set<string>();
  const addBody = (from: number, to: number) => {
    const built = buildBody(blocks.slice(from, to), { baseLevel: 3, heads, flatTables });
    body.push(...built.nodes);
    notes.push(...built.notes);
  };
  addBody(headerEnd, ownEnd);
  if (enclosed) {
    body.push({ type: 'heading', level: 2, text: enclosed.title, lines: [blocks[enclosed.start].lines[0], blocks[enclosed.end - 1].lines[1]] });
    addBody(enclosed.end, spans[0]?.at ?? tailEnd);
  } else addBody(ownEnd, spans[0]?.at ?? tailEnd);
  const attachments = spans.map((span, k) => {
    const label = `附件${span.number ?? ''}`;
    const heading = span.title ? `${label}\u3000${span.title}` : label;
    body.push({ type: 'heading', level: 2, text: heading, lines: blocks[span.at].lines });
    const content = blocks.slice(span.contentStart, span.end).filter((b) => !(b.kind === 'text' && matchPrintedLine(b.text)));
    const present = content.some((b) => b.kind !== 'text' || b.text.trim() !== '');
    if (!present) {
      body.push({ type: 'missing-figure', title: span.title || label, lines: blocks[span.at].lines });
      notes.push({ line: blocks[span.at].lines[0], kind: 'flag', note: `${label}“${span.title}”在导出文件中没有内容（图片或流程图缺失），以占位符代替` });
    }
    addBody(span.contentStart, span.end);
    return { number: span.number, title: span.title || label, listedTitle: listedTitles[k], contentPresent: present, anchor: null };
  });

  const ownParagraphs = blocks.slice(headerEnd, tailEnd).filter((b) => b.kind === 'text').map((b) => stripBold(b.text));
  const validity = readValidity(ownParagraphs);
  const printed = findPrintedLines(blocks, seg.start, seg.end).filter((p) => !forwarded || p.at < forwarded.start || p.at >= forwarded.end);
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
    addressees,
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
  const childSeg: Segment = { kind: 'notice', start: forwarded.start, end: forwarded.end, section: seg.section, wenhaoAt: null, titleAt: forwarded.titleAt, title: forwarded.title };
  const children = buildNotices(blocks, childSeg, flatTables);
  const child = children[0];
  const childWenhao = wenhaoOfForwarded(ownParagraphs.join('\n'), forwarded.title);
  if (childWenhao) {
    child.wenhao = childWenhao.normal;
    child.wenhaoPrinted = childWenhao.printed;
    child.notes.push({ line: null, kind: 'flag', note: `转发文件本身未印文号，文号“${childWenhao.normal}”取自转发通知正文` });
  }
  child.issuer = forwarded.issuer;
  child.signer = child.signer && sameOrg(child.signer, forwarded.issuer) ? null : child.signer;
  child.parent = notice.wenhao ?? notice.title;
  child.gazettePage = blocks[forwarded.start].page ?? null;
  if (!child.publishedDate) child.publishedDate = null;
  notes.push({ line: blocks[forwarded.start].lines[0], kind: 'flag', note: `所转发的文件“${forwarded.title}”作为独立条目导入` });
  return [notice, ...children];
}

function firstMarker(blocks: SourceBlock[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (blocks[i].kind === 'text' && matchAttachmentMarker(stripBold(blocks[i].text))) return i;
  return to;
}

/** The 文种 a title ends with (one of the schema's DOC_TYPES); a title that names none is a 通知. */
function docTypeOf(title: string): string {
  return titleKind(title) ?? '通知';
}

export const noticeKey = (n: NoticeDraft): string => n.wenhao ?? compact(n.title);
