/**
 * Words for a figure, a status and a source, shared by chart titles and
 * descriptions, data tables and the open data: one wording everywhere.
 */
import type { ObservationView } from '../model.ts';
import type { ReadObservation } from '../observation.ts';
import { formatValue } from './format.ts';

/** A value with its printed qualifier: 5.5%左右, 6%以上, 突破1400亿元, 保持正增长, 完成年度目标任务. */
export function describeValue(read: ReadObservation, unit: string): string {
  if (read.kind !== 'number' || read.value === null) return read.qualifier ?? '—';
  const v = formatValue(read.value, unit);
  if (read.bound === 'more-than' && read.qualifier && !/[余多]/.test(read.qualifier)) return `${read.qualifier}${v}`;
  if (read.bound === 'just-under') return `近${v}`;
  return read.qualifier ? `${v}${read.qualifier}` : v;
}

/** The period words shown beside a result: 1-9月, 预计全年… */
export function describePeriod(read: ReadObservation): string {
  return read.period.label;
}

/** A result with its period when it is not a final full-year figure: “2.6%（1-9月）”, “7.5%左右（预计全年）”. */
export function describeResult(o: ObservationView, unit: string): string {
  const full = o.read.period.kind === 'year' && !o.read.period.estimate;
  return `${describeValue(o.read, unit)}${full ? '' : `（${describePeriod(o.read)}）`}`;
}

/** The site URL of an observation's source: the document page and the paragraph or table anchor. */
export function sourceHref(o: Pick<ObservationView, 'document' | 'anchor'>): string {
  const base = o.document.collection === 'reports' ? '/reports/' : '/documents/';
  return `${base}${o.document.id}/#${encodeURIComponent(o.anchor)}`;
}

/** A short label for the source: 2022年政府工作报告 第23段 / 附件1 第2行. */
export function sourceLabel(o: Pick<ObservationView, 'anchor' | 'row'>, documentTitle: string): string {
  const where = o.row ? `${/^附件\d+/.exec(o.anchor)?.[0] ?? '表格'}第${o.row}行` : `第${o.anchor.slice(2)}段`;
  return `${documentTitle}${where}`;
}
