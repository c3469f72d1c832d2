/**
 * Stage 2 entry point: blocks of one export → gazette issue, documents
 * (reports, notices, forwarded notices) and glossary entries.
 */
import { ImportError, type ReadResult, type RepairNote } from '../types.ts';
import type { DocumentDraft, StructuredExport } from './model.ts';
import { findGazette } from './gazette.ts';
import { findSegments } from './boundaries.ts';
import { buildNotices } from './notice.ts';
import { buildReport } from './report.ts';
import { linkContents } from './contents.ts';
import type { NoticeDraft } from './model.ts';

/**
 * 自发布之日起施行 → the publication date (the 印发 date, else the gazette's date, as the schema defines it);
 * 自印发之日起施行 → the 印发 date only. Flagged when the date is missing or only the gazette's.
 */
function resolveEffectiveDate(d: NoticeDraft): void {
  if (!d.effectiveBasis || d.effectiveBasis === 'date') return;
  const date = d.effectiveBasis === 'publication' ? d.publishedDate : d.printedDate;
  d.effectiveDate = date;
  const basis = d.effectiveBasis === 'publication' ? '发布日期' : '印发日期';
  if (!date)
    d.notes.push({
      line: null,
      kind: 'flag',
      note: `施行日期“${d.effectiveText}”取决于${basis}，但文件未印出该日期，effectiveDate 留空`,
    });
  else if (!d.printedDate)
    d.notes.push({
      line: null,
      kind: 'flag',
      note: `施行日期“${d.effectiveText}”取决于发布日期；文件未印出印发日期，按发布日期的定义取公报出版日期 ${date}，请核对`,
    });
}

export interface StructureOptions {
  /** Year of a report that prints none (--year). */
  year?: number;
}

export function structureExport(read: ReadResult, options: StructureOptions = {}): StructuredExport {
  const found = findGazette(read);
  const excluded = found?.excluded ?? new Set<number>();
  const segments = findSegments(read.blocks, excluded);
  if (!segments.length)
    throw new ImportError(
      read.file,
      null,
      '未识别出任何文件：没有找到“××工作报告”标题加“——××年×月×日在……会议上”副标题，也没有找到单独成行的文号（如 沙府发〔2025〕8号）及其标题',
    );
  const warnings: RepairNote[] = [];
  const first = segments[0].start;
  const stray = read.blocks.slice(0, first).filter((b, i) => !excluded.has(i) && b.kind === 'text' && b.text.trim());
  for (const b of stray)
    warnings.push({
      line: b.lines[0],
      kind: 'flag',
      note: `此段位于第一个文件之前，未归入任何文件：“${b.text.trim().slice(0, 30)}”`,
    });
  const documents: DocumentDraft[] = [];
  for (const seg of segments) {
    const flatTables = read.style === 'hard-wrapped';
    if (seg.kind === 'report')
      documents.push(buildReport(read.blocks, seg, { file: read.file, flatTables, year: options.year }));
    else documents.push(...buildNotices(read.blocks, seg, flatTables));
  }
  const gazette = found?.gazette ?? null;
  if (gazette) linkContents(gazette, documents, warnings);
  for (const d of documents) if (d.kind === 'notice') resolveEffectiveDate(d);
  return { file: read.file, style: read.style, gazette, documents, warnings };
}
