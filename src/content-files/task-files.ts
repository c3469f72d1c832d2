/**
 * The task files to write, from the content folder: every 督查报告's task
 * tables, each task with the curated measures for its row (checked: the
 * target text must be in the task cell, the achieved text in the progress
 * cell, and both must read as figures in the measure's unit).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { documentFromSource } from './source-documents.ts';
import { readMeasure } from '../lib/targets/tasks/measure.ts';
import { tasksFromTable, type TableTask } from '../lib/targets/tasks/from-tables.ts';

interface CuratedMeasure {
  report: string;
  attachment: number;
  row: number;
  label: string;
  unit: string;
  target: string;
  achieved: string;
  note?: string;
}

/** File name of a task: 2022-a3-017.yaml. */
export const taskFileName = (year: number, t: Pick<TableTask, 'attachment' | 'row'>) =>
  `${year}-a${t.attachment}-${String(t.row).padStart(3, '0')}.yaml`;

/** Every task file's name and text; throws an Error in Chinese naming the file and entry on bad input. */
export function generateTaskFiles(contentDir: string, measuresYaml: string, measuresName: string): Map<string, string> {
  const curated = (parseYaml(measuresYaml) ?? []) as CuratedMeasure[];
  if (!Array.isArray(curated)) throw new Error(`${measuresName}：应为列表`);
  const used = new Set<CuratedMeasure>();
  const files = new Map<string, string>();
  const reportsDir = join(contentDir, 'reports');
  for (const file of readdirSync(reportsDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const id = file.replace(/\.mdx$/, '');
    const doc = documentFromSource(readFileSync(join(reportsDir, file), 'utf8'));
    if (doc.kind !== '督查报告') continue;
    for (const table of doc.index.tables) {
      for (const task of tasksFromTable(table)) {
        const mine = curated.filter((m) => m.report === id && m.attachment === task.attachment && m.row === task.row);
        const measures = mine.map((m, k) => {
          used.add(m);
          const where = `${measuresName} 中 ${id} 附件${m.attachment} 第${m.row}行的第${k + 1}个度量`;
          if (!task.task.includes(m.target)) throw new Error(`${where}：目标“${m.target}”不在任务原文“${task.task}”中`);
          if (!task.progress.join('\n').includes(m.achieved))
            throw new Error(`${where}：进展“${m.achieved}”不在该行的进展情况中`);
          try {
            readMeasure(m, doc);
          } catch (error) {
            throw new Error(`${where}：${(error as Error).message}`, { cause: error });
          }
          return { label: m.label, unit: m.unit, target: m.target, achieved: m.achieved, note: m.note ?? null };
        });
        const data = { year: doc.year, report: id, ...task, measures };
        files.set(
          taskFileName(doc.year, task),
          `# 由 scripts/build-tasks.ts 从 content/reports/${file} 生成，请勿手工修改。\n${stringify(data, { lineWidth: 0 })}`,
        );
      }
    }
  }
  const orphan = curated.find((m) => !used.has(m));
  if (orphan)
    throw new Error(
      `${measuresName}：${orphan.report} 附件${orphan.attachment} 第${orphan.row}行不存在（度量“${orphan.label}”）`,
    );
  return files;
}
