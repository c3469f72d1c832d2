/**
 * Tasks as open data and as chart input: one flat record per task (measures
 * read from their printed texts), counts per category, progress rows.
 */
import type { PeriodDocument } from './period.ts';
import { readMeasure } from './tasks/measure.ts';
import type { CategoryCount, ProgressRow } from './charts/tasks.ts';
import type { Field, Row } from './open-data.ts';
import type { TableTask } from './tasks/from-tables.ts';

/** A task entry as the site reads it: the table row's fields plus its id, year, report and measures. */
export interface TaskInput extends TableTask {
  id: string;
  year: number;
  report: { id: string };
  measures: { label: string; unit: string; target: string; achieved: string; note: string | null }[];
}

export const TASK_FIELDS: Field[] = [
  { key: 'id', label: '任务标识（年份-附件-行号）' },
  { key: 'year', label: '年份' },
  { key: 'attachment', label: '督查报告附件号' },
  { key: 'row', label: '附件表格中的行号（序号）' },
  { key: 'office_status', label: '督查办的分类：正常推进或推进较为滞后（原文）' },
  { key: 'category', label: '类别（政府工作报告的段首标题）' },
  { key: 'task', label: '工作任务（原文）' },
  { key: 'leaders', label: '责任区领导（多人以“、”分隔）' },
  { key: 'units', label: '责任单位' },
  { key: 'partners', label: '配合单位' },
  { key: 'progress', label: '任务进展情况（原文，各项以换行分隔）' },
  { key: 'measures', label: '有数值的目标与完成量（标签：完成量/目标值，单位；多项以“；”分隔）' },
  { key: 'source', label: '来源网址' },
];

/** Task id as in content/tasks/: 2022-a3-017. */
export const taskId = (t: Pick<TaskInput, 'year' | 'attachment' | 'row'>) =>
  `${t.year}-a${t.attachment}-${String(t.row).padStart(3, '0')}`;

export function taskRecords(tasks: TaskInput[], doc: (id: string) => PeriodDocument, site: string): Row[] {
  return tasks.map((t) => ({
    id: taskId(t),
    year: t.year,
    attachment: t.attachment,
    row: t.row,
    office_status: t.officeStatus,
    category: t.category,
    task: t.task,
    leaders: t.leaders.join('、'),
    units: t.units.join('、'),
    partners: t.partners.join('、'),
    progress: t.progress.join('\n'),
    measures: t.measures
      .map((m) => {
        const r = readMeasure(m, doc(t.report.id));
        return `${m.label}：${r.achieved}/${r.target}${m.unit}`;
      })
      .join('；'),
    source: new URL(`/reports/${t.report.id}/#${encodeURIComponent(t.anchor)}`, site).href,
  }));
}

/**
 * Tasks per category, in the order categories appear in the largest table (the
 * work report's order: the normal-progress table runs through all of them).
 */
export function categoryCounts(tasks: TaskInput[]): CategoryCount[] {
  const sizes = new Map<number, number>();
  for (const t of tasks) sizes.set(t.attachment, (sizes.get(t.attachment) ?? 0) + 1);
  const rank = (a: number) => -(sizes.get(a) ?? 0);
  const order: string[] = [];
  const counts = new Map<string, CategoryCount>();
  for (const t of [...tasks].sort((a, b) => rank(a.attachment) - rank(b.attachment) || a.row - b.row)) {
    if (!counts.has(t.category)) {
      order.push(t.category);
      counts.set(t.category, { category: t.category, normal: 0, lagging: 0 });
    }
    counts.get(t.category)![t.officeStatus === '正常推进' ? 'normal' : 'lagging'] += 1;
  }
  return order.map((c) => counts.get(c)!);
}

/** One progress row per measure, lagging tasks first, then by attachment and row. */
export function progressRows(
  tasks: TaskInput[],
  doc: (id: string) => PeriodDocument,
): (ProgressRow & { task: TaskInput; note: string | null })[] {
  return [...tasks]
    .sort((a, b) => a.attachment - b.attachment || a.row - b.row)
    .flatMap((t) =>
      t.measures.map((m) => {
        const r = readMeasure(m, doc(t.report.id));
        return {
          label: m.label,
          where: `附件${t.attachment}第${t.row}行`,
          unit: m.unit,
          target: r.target,
          achieved: r.achieved,
          share: r.share,
          period: r.period.printed ? r.period.label : '未注明时期',
          lagging: t.officeStatus === '推进较为滞后',
          task: t,
          note: m.note,
        };
      }),
    );
}
