/**
 * Reports: a work report (title, dated subtitle with the meeting, speaker,
 * parts, 名词解释) or another report sent to a body (督查办 → 区政府), which
 * prints no date: its date is inferred from the latest date in its text.
 */
import { ImportError, type SourceBlock } from '../types.ts';
import type { BodyNode, ReportDraft } from './model.ts';
import type { Segment } from './boundaries.ts';
import { buildBody } from './body.ts';
import { readGlossary } from './glossary.ts';
import { isAddresseeLine, matchAttachmentMarker } from '../vocabulary/document-lines.ts';
import { isGlossaryHeading, matchReportSubtitle } from '../vocabulary/publication-lines.ts';
import { compact } from '../vocabulary/text.ts';
import { stripBold } from './title-block.ts';
import { findAttachments } from './attachments.ts';

const text = (b: SourceBlock | undefined) => (b?.kind === 'text' ? stripBold(b.text).trim() : '');

export interface ReportOptions {
  /** Export file name, for errors. */
  file: string;
  flatTables?: boolean;
  /** The webmaster's --year: the year of a report that prints none (never the clock's). */
  year?: number;
}

export function buildReport(
  blocks: SourceBlock[],
  seg: Segment,
  { file, flatTables = false, year: givenYear }: ReportOptions,
): ReportDraft {
  const workReport = /工作报告$/.test(seg.title);
  let i = Math.max(...seg.titleAt) + 1;
  let deliveredDate: string | null = null;
  let meeting: string | null = null;
  let speaker: ReportDraft['speaker'] = null;
  let addressees: string | null = null;
  const notes: ReportDraft['notes'] = [];
  if (workReport) {
    let subtitle = text(blocks[i]);
    if (
      matchReportSubtitle(subtitle) &&
      !/上$/.test(compact(subtitle)) &&
      /会议上$/.test(compact(text(blocks[i + 1])))
    ) {
      subtitle += text(blocks[++i]);
    }
    const sub = matchReportSubtitle(subtitle);
    if (sub) {
      deliveredDate = sub.date;
      meeting = sub.meeting;
      i++;
    }
    speaker = readSpeaker(text(blocks[i]));
    if (speaker) i++;
  } else if (isAddresseeLine(text(blocks[i]))) {
    addressees = text(blocks[i]).replace(/[：:]$/, '');
  }
  const yearFromTitle = /((?:19|20)\d{2})\s*年/.exec(seg.title);
  const printedYear = deliveredDate
    ? Number(deliveredDate.slice(0, 4))
    : yearFromTitle
      ? Number(yearFromTitle[1])
      : null;
  if (printedYear === null && givenYear === undefined) {
    const line = blocks[Math.min(...seg.titleAt)].lines[0];
    throw new ImportError(
      file,
      line,
      `报告“${seg.title}”没有印出年份（副标题中没有“××年×月×日在……会议上”，标题中也没有年份），无法确定网址和年份：请核对导出文件，或用 --year <年份> 指定`,
    );
  }
  const year = printedYear ?? givenYear!;
  if (printedYear === null)
    notes.push({
      line: blocks[seg.start].lines[0],
      kind: 'flag',
      note: `报告没有印出年份，年份 ${year} 由导入时的 --year 指定`,
    });
  const body: BodyNode[] = [];
  const glossaryAt = findGlossaryHeading(blocks, i, seg.end);
  const mainEnd = glossaryAt ? glossaryAt.markerAt : seg.end;
  const spans = workReport ? [] : findAttachments(blocks, i, mainEnd);
  const main = buildBody(blocks.slice(i, spans[0]?.at ?? mainEnd), { baseLevel: 3, workReport, flatTables });
  body.push(...main.nodes);
  notes.push(...main.notes);
  for (const span of spans) {
    body.push({
      type: 'heading',
      level: 2,
      text: span.title ? `附件${span.number ?? ''}\u3000${span.title}` : `附件${span.number ?? ''}`,
      lines: blocks[span.at].lines,
    });
    const part = buildBody(blocks.slice(span.contentStart, span.end), { baseLevel: 3, flatTables });
    body.push(...part.nodes);
    notes.push(...part.notes);
  }
  let glossary: ReportDraft['glossary'] = [];
  let glossaryIssuer: string | null = null;
  if (glossaryAt) {
    // The site shows the 名词解释 from the glossary entries; the body keeps only what follows the list.
    const read = readGlossary(blocks.slice(glossaryAt.at + 1, seg.end));
    glossary = read.entries;
    notes.push(...read.notes);
    const rest = blocks.slice(glossaryAt.at + 1 + read.used, seg.end);
    const closing = text(rest[0]);
    if (/(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月/.test(closing) && closing.length < 60)
      glossaryIssuer = closing.replace(/[\s\u3000]*(?:19|20)\d{2}\s*年.*$/, '');
    const tail = buildBody(rest, { baseLevel: 3 });
    body.push(...tail.nodes);
    notes.push(...tail.notes);
  }
  const issuer = workReport ? seg.title.replace(/工作报告$/, '') : seg.title.replace(/关于.*$/, '') || null;
  const kind: ReportDraft['reportKind'] = workReport
    ? '政府工作报告'
    : /督查/.test(issuer ?? '')
      ? '督查报告'
      : '其他报告';
  const dated = deliveredDate ? null : inferDate(blocks.slice(i, seg.end), year);
  return {
    kind: 'report',
    reportKind: kind,
    title: seg.title,
    issuer: issuer || null,
    signer: null,
    signedDate: null,
    publishedDate: null,
    gazette: null,
    gazettePage: blocks[seg.start].page ?? null,
    section: seg.section,
    lines: [blocks[seg.start].lines[0], blocks[seg.end - 1].lines[1]],
    body,
    notes,
    year,
    deliveredDate,
    dateNote: dated,
    speaker,
    meeting,
    addressees,
    period: readPeriod(seg.title, year),
    glossary,
    glossaryIssuer,
  };
}

/** `重庆市沙坪坝区人民政府区长 常 斌` → office + name (letter-spacing removed). */
export function readSpeaker(line: string): ReportDraft['speaker'] {
  const m = /^(.*?(?:区长|市长|县长|主任|主席|书记|部长|局长))[\s\u3000]+(\S(?:[\s\u3000]*\S){1,3})$/.exec(line.trim());
  return m ? { office: compact(m[1]), name: compact(m[2]) } : null;
}

function findGlossaryHeading(blocks: SourceBlock[], from: number, to: number): { at: number; markerAt: number } | null {
  for (let k = from; k < to; k++) {
    if (!isGlossaryHeading(text(blocks[k]))) continue;
    const marker = k > from && matchAttachmentMarker(text(blocks[k - 1])) ? k - 1 : k;
    return { at: k, markerAt: marker };
  }
  return null;
}

/** `前三季度` → 2022年1—9月; `上半年` → 1—6月. */
function readPeriod(title: string, year: number): string | null {
  const t = compact(title);
  if (/前三季度/.test(t)) return `${year}年1—9月`;
  if (/上半年/.test(t)) return `${year}年1—6月`;
  const m = /(\d{1,2})[-—至](\d{1,2})月/.exec(t);
  return m ? `${year}年${m[1]}—${m[2]}月` : null;
}

/** An undated report was written no earlier than the latest day its text mentions. */
function inferDate(blocks: SourceBlock[], year: number): string | null {
  let latest: [number, number] | null = null;
  const consider = (month: number, day: number) => {
    if (month < 1 || month > 12 || day < 0 || day > 31) return;
    if (!latest || month > latest[0] || (month === latest[0] && day > latest[1])) latest = [month, day];
  };
  for (const b of blocks) {
    const t = b.kind === 'text' ? b.text : (b.rawLines ?? []).join('\n');
    for (const m of t.matchAll(/(?<![\d年])(\d{1,2})月(\d{1,2})日/g)) consider(Number(m[1]), Number(m[2]));
    for (const m of t.matchAll(/1[-—～~](\d{1,2})月/g)) consider(Number(m[1]), 0);
  }
  if (!latest) return '未注明日期';
  const [month, day] = latest as [number, number];
  return `未注明日期；据文中最晚提及的日期（${month}月${day ? `${day}日` : ''}）推断，成文于${year}年${month}月${day ? `${day}日` : ''}以后`;
}
