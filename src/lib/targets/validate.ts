/**
 * Checks an indicator's observations against the imported documents: the
 * source paragraph or table row exists, the printed text and its context words
 * occur there, and the text reads as a figure of the indicator (its unit, one
 * of its labels) or as a recognised worded target. Shared by `npm run check`
 * (rule figure-sources) and tests/targets/.
 */
import type { DocumentIndex } from './document.ts';
import { locate, occursIn } from './locate.ts';
import { readObservation, type IndicatorShape } from './observation.ts';
import type { PeriodDocument } from './period.ts';

/** A document as the validation needs it: its index and what the period rules read. */
export interface SourceDocument extends PeriodDocument {
  index: DocumentIndex;
}

export interface ObservationInput {
  type: 'target' | 'result';
  text: string;
  context: string[];
  contextAnchor: string | null;
  source: { report: { id: string } | null; notice: { id: string } | null; anchor: string; row: number | null };
}

export interface Problem {
  /** Field path inside the entry, e.g. ['observations', 3, 'text']. */
  path: (string | number)[];
  message: string;
}

/** Problems of one observation (index `i`); `documents` maps report and notice ids to their documents. */
export function checkObservation(
  obs: ObservationInput,
  i: number,
  indicator: IndicatorShape,
  documents: (id: string) => SourceDocument | undefined,
): Problem[] {
  const at = (...rest: (string | number)[]) => ['observations', i, ...rest];
  const ref = obs.source.report ?? obs.source.notice;
  if (!ref) return [{ path: at('source'), message: '来源应指明 report 或 notice' }];
  const doc = documents(ref.id);
  // A missing document is reported by the references rule.
  if (!doc) return [];
  const found = locate(doc.index, obs.source);
  if ('error' in found) return [{ path: at('source', 'anchor'), message: `${ref.id}：${found.error}` }];
  const problems: Problem[] = [];
  if (!occursIn(obs.text, found.text)) {
    const where = obs.source.row ? `表格第 ${obs.source.row} 行` : `段落 ${obs.source.anchor}`;
    problems.push({
      path: at('text'),
      message: `原文“${obs.text}”未出现在 ${ref.id} 的${where} 中（须逐字一致，空格也算）`,
    });
  }
  let contextText = found.surroundings;
  if (obs.contextAnchor) {
    const paragraph = doc.index.paragraphs.find((p) => p.anchor === obs.contextAnchor);
    if (!paragraph) problems.push({ path: at('contextAnchor'), message: `${ref.id} 中没有段落 ${obs.contextAnchor}` });
    contextText = paragraph?.text ?? '';
  }
  obs.context.forEach((words, k) => {
    if (!contextText.includes(words)) {
      problems.push({
        path: at('context', k),
        message: `“${words}”未出现在来源${obs.contextAnchor ? `段落 ${obs.contextAnchor}` : '段落或表格'}中`,
      });
    }
  });
  if (problems.length) return problems;
  try {
    readObservation(obs, indicator, doc);
  } catch (error) {
    problems.push({ path: at('text'), message: (error as Error).message });
  }
  return problems;
}

/** Problems of every observation of an indicator. */
export function checkIndicator(
  indicator: IndicatorShape & { observations: ObservationInput[] },
  documents: (id: string) => SourceDocument | undefined,
): Problem[] {
  return indicator.observations.flatMap((obs, i) => checkObservation(obs, i, indicator, documents));
}
