/**
 * Every figure on the targets pages is printed in the document it cites: an
 * indicator observation's text (and its period words) occur in its source
 * paragraph or table row and read as a figure of the indicator; a task's text
 * occurs in its table row, and each of its measures reads in its unit.
 * The checks themselves live in src/lib/targets/ (shared with the tests).
 */
import { readFileSync } from 'node:fs';
import { documentFromSource } from '../../content-files/source-documents.ts';
import { locate } from '../../lib/targets/locate.ts';
import { readMeasure } from '../../lib/targets/tasks/measure.ts';
import { checkIndicator, type SourceDocument } from '../../lib/targets/validate.ts';
import type { Rule, RuleContext } from '../context.ts';

function documentsOf(context: RuleContext): (id: string) => SourceDocument | undefined {
  const cache = new Map<string, SourceDocument | undefined>();
  return (id) => {
    if (!cache.has(id)) {
      const entry = context.find('reports', id) ?? context.find('notices', id);
      cache.set(id, entry ? documentFromSource(readFileSync(entry.filePath, 'utf8')) : undefined);
    }
    return cache.get(id);
  };
}

export const figureSources: Rule = {
  name: 'figure-sources',
  description: '指标和任务引用的原文确实出现在所注明的文件段落或表格行中',
  check(context) {
    const documents = documentsOf(context);
    for (const entry of context.validOf('indicators')) {
      for (const problem of checkIndicator(entry.parsed, documents))
        context.error(entry, problem.path, problem.message);
    }
    for (const entry of context.validOf('tasks')) {
      const task = entry.parsed;
      const doc = documents(task.report.id);
      if (!doc) continue;
      const found = locate(doc.index, { anchor: task.anchor, row: task.row });
      if ('error' in found) {
        context.error(entry, ['row'], `${task.report.id}：${found.error}（请重新运行 npm run build-tasks）`);
        continue;
      }
      if (!found.cells!.some((cell) => cell.trim() === task.task)) {
        context.error(
          entry,
          ['task'],
          `任务原文与 ${task.report.id} 表格第 ${task.row} 行不一致（请重新运行 npm run build-tasks）`,
        );
      }
      task.measures.forEach((measure: { unit: string; target: string; achieved: string }, i: number) => {
        try {
          readMeasure(measure, doc);
        } catch (error) {
          context.error(entry, ['measures', i], (error as Error).message);
        }
      });
    }
  },
};
