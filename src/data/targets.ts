/**
 * Astro-side access to the targets data: the indicators and tasks collections,
 * read once per build and turned into the model every targets page uses.
 */
import { getCollection } from 'astro:content';
import { CONTENT_DIR } from '../site.config.ts';
import { buildIndicators, type IndicatorInput, type IndicatorView } from '../lib/targets/model.ts';
import { sourceDocuments } from '../content-files/source-documents.ts';
import type { TaskInput } from '../lib/targets/task-records.ts';
import type { SourceDocument } from '../lib/targets/validate.ts';

export interface TargetsData {
  views: IndicatorView[];
  tasks: TaskInput[];
  document(id: string): SourceDocument;
  /** Short title of a source document: 2022年政府工作报告. */
  titleOf(id: string): string;
}

let loading: Promise<TargetsData> | null = null;

async function load(): Promise<TargetsData> {
  const documents = sourceDocuments(CONTENT_DIR);
  const indicators = await getCollection('indicators');
  const inputs = indicators.map((e) => ({ id: e.id, ...e.data }) as unknown as IndicatorInput);
  const tasks = (await getCollection('tasks'))
    .map((e) => ({ id: e.id, ...e.data }) as unknown as TaskInput)
    .sort((a, b) => a.year - b.year || a.attachment - b.attachment || a.row - b.row);
  const reports = new Map((await getCollection('reports')).map((r) => [r.id, `${r.data.year}年${r.data.kind}`]));
  return {
    views: buildIndicators(inputs, documents),
    tasks,
    document(id) {
      const doc = documents(id);
      if (!doc) throw new Error(`找不到来源文件 ${id}`);
      return doc;
    },
    titleOf: (id) => reports.get(id) ?? id,
  };
}

/** The targets data of this build (loaded once). */
export function targetsData(): Promise<TargetsData> {
  return (loading ??= load());
}
