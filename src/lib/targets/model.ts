/**
 * Everything the pages, charts and open data show about targets and results,
 * computed from the indicator entries and the documents they quote: each
 * observation read, each target paired with its results and given a status,
 * and a supervision report's own verdicts attached to the rows they concern.
 */
import { readObservation, type IndicatorShape, type ReadObservation } from './observation.ts';
import { statusOf, type StatusResult } from './status.ts';
import type { ObservationInput, SourceDocument } from './validate.ts';
import { assignVerdicts, parseVerdictGroups, type RowVerdict } from './verdicts.ts';

export interface IndicatorInput extends IndicatorShape {
  id: string;
  name: string;
  nameEn: string;
  goodDirection: 'up' | 'down';
  order: number;
  tier: 'main' | 'other';
  notes: string[];
  observations: (ObservationInput & { note: string | null })[];
}

export interface ObservationView {
  /** Position in the indicator's file (0-based), a stable key. */
  key: number;
  type: 'target' | 'result';
  /** Text exactly as printed. */
  text: string;
  note: string | null;
  /** Document id and the collection it is in. */
  document: { collection: 'reports' | 'notices'; id: string };
  anchor: string;
  row: number | null;
  read: ReadObservation;
  /** The supervision report's own verdict on this row, when it prints one. */
  verdict: (RowVerdict & { anchor: string }) | null;
}

export interface TargetView {
  target: ObservationView;
  /** Results for the target's period, best evidence first is `results[status.result]`. */
  results: ObservationView[];
  status: StatusResult;
  /** The result the status rests on. */
  decisive: ObservationView | null;
}

export interface IndicatorView extends Omit<IndicatorInput, 'observations'> {
  observations: ObservationView[];
  targets: TargetView[];
}

/** Verdicts by document id and table row, from each supervision report's summary. */
function verdictsOf(doc: SourceDocument): Map<string, RowVerdict & { anchor: string }> {
  const found = new Map<string, RowVerdict & { anchor: string }>();
  const summary = doc.index.paragraphs.find((p) => /[①-⑳]\d+项指标/.test(p.text));
  if (!summary) return found;
  const groups = parseVerdictGroups(summary.text);
  for (const table of doc.index.tables) {
    const assignment = assignVerdicts(groups, table.rows);
    // The targets table is the one every named item was found in.
    if (assignment.unmatched.length || !assignment.rows.size) continue;
    for (const [row, v] of assignment.rows) found.set(`${table.anchor}#${row}`, { ...v, anchor: summary.anchor });
    break;
  }
  return found;
}

/** Results that speak to `target`: the same year, or inside a multi-year goal's span, or the same milestone. */
export function resultsFor(target: ReadObservation, results: ObservationView[]): ObservationView[] {
  const p = target.period;
  return results.filter(({ read: { period: r } }) => {
    if (p.kind === 'year') return r.year === p.year && (r.kind === 'year' || r.kind === 'part-year');
    if (p.kind === 'milestone') return r.kind === 'milestone' && r.year === p.year && r.months?.[1] === p.months?.[1];
    return r.year >= p.fromYear && r.year <= p.year && (r.kind !== 'multi-year' || r.fromYear >= p.fromYear);
  });
}

export function buildIndicator(
  input: IndicatorInput,
  documents: (id: string) => SourceDocument | undefined,
): IndicatorView {
  const verdictCache = new Map<string, ReturnType<typeof verdictsOf>>();
  const observations = input.observations.map((obs, key): ObservationView => {
    const ref = obs.source.report ?? obs.source.notice!;
    const doc = documents(ref.id);
    if (!doc) throw new Error(`找不到来源文件 ${ref.id}（指标 ${input.id}）`);
    if (!verdictCache.has(ref.id)) verdictCache.set(ref.id, verdictsOf(doc));
    const verdict = obs.source.row
      ? (verdictCache.get(ref.id)!.get(`${obs.source.anchor}#${obs.source.row}`) ?? null)
      : null;
    return {
      key,
      type: obs.type,
      text: obs.text,
      note: obs.note,
      document: { collection: obs.source.report ? 'reports' : 'notices', id: ref.id },
      anchor: obs.source.anchor,
      row: obs.source.row,
      read: readObservation(obs, input, doc),
      verdict: obs.type === 'result' ? verdict : null,
    };
  });
  const results = observations.filter((o) => o.type === 'result');
  const targets = observations
    .filter((o) => o.type === 'target')
    .map((target): TargetView => {
      const matched = resultsFor(target.read, results);
      const status = statusOf(
        target.read,
        matched.map((r) => r.read),
        input.unit,
        input.goodDirection,
      );
      return { target, results: matched, status, decisive: status.result === null ? null : matched[status.result] };
    });
  const { observations: _omit, ...rest } = input;
  return { ...rest, observations, targets };
}

/** All indicators, in their order. */
export function buildIndicators(
  inputs: IndicatorInput[],
  documents: (id: string) => SourceDocument | undefined,
): IndicatorView[] {
  return [...inputs]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((i) => buildIndicator(i, documents));
}
