/**
 * Attachments come from their `附件N` headings after the signature, not from
 * the `附件：` list; the list only supplies the title as listed, so that
 * differences (listed but absent, present but unlisted, other wording) are
 * recorded. An attachment with no content lost its image or form.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import { matchAttachmentMarker } from '../vocabulary/document-lines.ts';
import { compact } from '../vocabulary/text.ts';
import { findAttachmentLists } from './attachment-list.ts';
import { readMarker } from './numbering.ts';
import { isTitleLike, joinTitle, stripBold } from './title-block.ts';

export interface AttachmentSpan {
  number: number | null;
  title: string;
  /** Index of the marker block, first content block and end (exclusive). */
  at: number;
  contentStart: number;
  end: number;
}

/** Splits [from, to) at attachment markers; returns the spans and where the first starts. */
export function findAttachments(blocks: SourceBlock[], from: number, to: number): AttachmentSpan[] {
  const markers: number[] = [];
  for (let i = from; i < to; i++)
    if (blocks[i].kind === 'text' && matchAttachmentMarker(stripBold(blocks[i].text))) markers.push(i);
  return markers.map((at, k) => {
    const end = k + 1 < markers.length ? markers[k + 1] : to;
    const marker = matchAttachmentMarker(stripBold(blocks[at].text))!;
    let contentStart = at + 1;
    let title = marker.title ? joinTitle([{ ...blocks[at], text: marker.title }]) : '';
    if (!title) {
      const parts: SourceBlock[] = [];
      for (let j = at + 1; j < end && parts.length < 3; j++) {
        const b = blocks[j];
        if (!isTitleLike(b) || readMarker(stripBold(b.text).trim())) break;
        if (parts.length && (joinTitle([...parts, b]).length > 60 || !continuesTitle(parts, b))) break;
        parts.push(b);
      }
      title = parts.length ? joinTitle(parts) : '';
      contentStart = at + 1 + parts.length;
    }
    return { number: marker.number, title, at, contentStart, end };
  });
}

/** Words a complete attachment title ends with. */
const TITLE_END = /(表|单|录|图|书|案|划|见|知|则|法|要点|清单|名单|协议|职责|方式|分工|解释|[）)])$/;

/** A second title line continues the first when the first was cut mid-title or the second is a bracketed qualifier. */
function continuesTitle(parts: SourceBlock[], next: SourceBlock): boolean {
  const t = stripBold(next.text).trim();
  if (/[：:]/.test(t)) return false;
  if (/^[（(][^（）()]+[）)]$/.test(t)) return true;
  const last = stripBold(parts.at(-1)!.text).trim();
  return last.length >= 10 && !TITLE_END.test(last) && t.length >= 3;
}

/** Titles listed after `附件：`, by number (a single unnumbered attachment is number null). */
export function readAttachmentList(
  blocks: SourceBlock[],
  from: number,
  to: number,
): Map<number | null, { title: string; line: number }> {
  const listed = new Map<number | null, { title: string; line: number }>();
  const list = findAttachmentLists(blocks, from, to)[0];
  for (const item of list?.items ?? [])
    listed.set(item.number, { title: item.title, line: blocks[item.block].lines[0] });
  return listed;
}

/** Notes on differences between the list and the attachments actually printed. */
export function compareWithList(
  spans: AttachmentSpan[],
  listed: Map<number | null, { title: string; line: number }>,
  blocks: SourceBlock[],
): { listedTitles: (string | null)[]; notes: RepairNote[] } {
  const notes: RepairNote[] = [];
  const listedTitles = spans.map((s) => {
    const entry = listed.get(s.number) ?? (spans.length === 1 ? (listed.get(null) ?? listed.get(1)) : undefined);
    if (!entry) {
      if (listed.size)
        notes.push({
          line: blocks[s.at].lines[0],
          kind: 'flag',
          note: `附件${s.number ?? ''}“${s.title}”未列入附件清单`,
        });
      return null;
    }
    if (compact(entry.title).replace(/[《》]/g, '') === compact(s.title).replace(/[《》]/g, '')) return null;
    notes.push({
      line: entry.line,
      kind: 'flag',
      note: `附件${s.number ?? ''}清单标题“${entry.title}”与正文标题“${s.title}”不同，两者均保留`,
    });
    return entry.title;
  });
  for (const [number, entry] of listed) {
    const present = spans.some(
      (s) =>
        s.number === number ||
        (number === null && spans.length === 1) ||
        (spans.length === 1 && s.number === null && number === 1),
    );
    if (!present)
      notes.push({
        line: entry.line,
        kind: 'flag',
        note: `附件清单列出的附件${number ?? ''}“${entry.title}”在导出文件中缺失`,
      });
  }
  return { listedTitles, notes };
}
