/**
 * Key tasks from a supervision report's progress tables (附件N … 进展情况表):
 * one task per body row. Columns are found by their header words, not by
 * position; a `工作任务` header followed by an empty header cell spans two
 * columns, the category (the work report's run-in head) and the task.
 * The office's label comes from the attachment title (推进较为滞后 / 正常推进).
 */
import type { DocTable } from '../document.ts';

export interface TableTask {
  attachment: number;
  anchor: string;
  row: number;
  officeStatus: '正常推进' | '推进较为滞后';
  category: string;
  task: string;
  leaders: string[];
  units: string[];
  partners: string[];
  progress: string[];
}

const lines = (cell: string | undefined) =>
  (cell ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** Progress split into its numbered items ①…⑳, markers kept; text before the first marker is an item of its own. */
export function progressItems(cell: string): string[] {
  return cell
    .split(/(?=[①-⑳])/)
    .map((s) => s.replace(/\s+$/, '').replace(/^\s+/, ''))
    .filter(Boolean);
}

/** A leader's name without the letter-spacing of two-character names (陈  英 → 陈英). */
export const leaderName = (printed: string) => printed.replace(/[\s\u3000]+/g, '');

/** The attachment number and the office's label of a task table, or null when the table is not one. */
export function taskTableKind(table: DocTable): { attachment: number; officeStatus: TableTask['officeStatus'] } | null {
  const heading = table.heading ?? '';
  const number = /附件\s*(\d+)/.exec(heading);
  if (!number || !table.header.some((h) => h.includes('工作任务'))) return null;
  if (/滞后/.test(heading)) return { attachment: Number(number[1]), officeStatus: '推进较为滞后' };
  if (/正常推进/.test(heading)) return { attachment: Number(number[1]), officeStatus: '正常推进' };
  return null;
}

/** Tasks of one table; throws (in Chinese) when a row cannot be read. */
export function tasksFromTable(table: DocTable): TableTask[] {
  const kind = taskTableKind(table);
  if (!kind) return [];
  const col = (word: string) => table.header.findIndex((h) => h.includes(word));
  const taskCol = col('工作任务');
  const spans = table.header[taskCol + 1] === '';
  const columns = {
    category: spans ? taskCol : -1,
    task: spans ? taskCol + 1 : taskCol,
    leaders: col('领导'),
    units: col('责任单位'),
    partners: col('配合单位'),
    progress: col('进展情况'),
  };
  let category = '';
  return table.rows.map((cells, i) => {
    const where = `${table.heading} 第 ${i + 1} 行`;
    if (columns.category >= 0 && cells[columns.category]) category = cells[columns.category];
    const task = cells[columns.task]?.trim();
    if (!task) throw new Error(`${where}：“工作任务”单元格为空`);
    if (!category && columns.category >= 0) throw new Error(`${where}：没有类别（上面也没有可向下填充的类别）`);
    return {
      ...kind,
      anchor: table.anchor ?? '',
      row: i + 1,
      category,
      task,
      leaders: lines(cells[columns.leaders]).map(leaderName),
      units: lines(cells[columns.units]),
      partners: lines(cells[columns.partners]),
      progress: progressItems(cells[columns.progress] ?? ''),
    };
  });
}
