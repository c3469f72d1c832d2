/**
 * One document of an import on the review page: its metadata, every repair
 * in importNotes with the source lines beside the repaired text, every
 * warning with its line, and, for a document already on the site, the
 * paragraphs whose wording differs from the text there.
 */
import type { PlannedEntry } from '../write/entries.ts';
import { mdxFile, splitMdx } from '../write/frontmatter.ts';
import { describeDifferences } from '../write/differences.ts';
import { editionDifferences } from '../../lib/editions/inline.ts';
import type { RepairNote } from '../types.ts';
import { esc, fieldValue, marked, sourceExcerpt, table } from './html.ts';

/** Fields shown elsewhere on the page, or too long for the metadata table. */
const NOT_METADATA = new Set(['importNotes', 'source', 'editions', 'glossary', 'contents']);

export interface DocumentReview {
  entry: PlannedEntry;
  path: string;
  sourceLines: string[];
  /** Text on the site before this import, when the document was already there. */
  before: string | null;
}

function repairs(notes: RepairNote[], lines: string[]): string {
  const rows = notes
    .filter((n) => n.kind !== 'flag')
    .map((n) => [sourceExcerpt(lines, n.line), esc(n.kind), esc(n.note)]);
  return rows.length
    ? table(`修复记录（${rows.length} 条）`, ['源文件中的行', '类型', '修复后的文字与说明'], rows)
    : '<p>修复记录：无。</p>';
}

function warnings(notes: RepairNote[], lines: string[]): string {
  const rows = notes.filter((n) => n.kind === 'flag').map((n) => [sourceExcerpt(lines, n.line), esc(n.note)]);
  return rows.length ? table(`警告（${rows.length} 条）`, ['源文件中的行', '警告'], rows) : '<p>警告：无。</p>';
}

function differences(before: string, entry: PlannedEntry): string {
  const old = splitMdx(before);
  if (!old) return '<p>站内文件无法读取，不能比较。</p>';
  const headings = Array.from({ length: 500 }, (_, i) => `heading-${i + 1}`);
  const changes = editionDifferences(old.body, entry.body, headings);
  const summary = `<p class="summary">与站内文本相比：${esc(describeDifferences(before, mdxFile(entry.data, entry.body)))}</p>`;
  if (!changes.length) return summary;
  const rows = changes.map((c) => [esc(`第 ${c.block} 段`), marked(c.segments)]);
  return (
    summary +
    table(`措辞不同的段落（${changes.length} 段）`, ['位置（与导入摘要的段号一致）', '站内文本上标出的改动'], rows)
  );
}

export function documentSection(d: DocumentReview): string {
  const data = d.entry.data;
  const title = String(data.title ?? data.name ?? d.entry.slug);
  const meta = Object.entries(data)
    .filter(([k]) => !NOT_METADATA.has(k))
    .map(([k, v]) => [esc(k), fieldValue(v)]);
  const notes = (data.importNotes as RepairNote[] | undefined) ?? [];
  const source = data.source as { lines?: [number, number] } | undefined;
  return [
    `<section><h3>${esc(d.path)}：${esc(title)}</h3>`,
    `<p>${d.before === null ? '新文件（站内还没有）' : '站内已有此文件'}；源文件第 ${esc(String(source?.lines?.[0] ?? '?'))}–${esc(String(source?.lines?.[1] ?? '?'))} 行。</p>`,
    table('元数据', ['字段', '值'], meta),
    repairs(notes, d.sourceLines),
    warnings(notes, d.sourceLines),
    d.before === null ? '' : differences(d.before, d.entry),
    '</section>',
  ].join('\n');
}
