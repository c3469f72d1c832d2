/**
 * The slices of the model each page shows: the years that have data, one row
 * per indicator for a year (its target, the result the status rests on, the
 * status), and one indicator's yearly series.
 */
import type { IndicatorView, ObservationView, TargetView } from './model.ts';
import type { Status } from './status.ts';

export interface YearRow {
  indicator: IndicatorView;
  /** The year's target, if one was set. */
  target: TargetView | null;
  /** The result shown: the one the status rests on, else the best result for the year. */
  result: ObservationView | null;
  /** Null when no target was set for the year (未设目标). */
  status: Status | null;
}

const isYearly = (o: ObservationView) => o.read.period.kind === 'year' || o.read.period.kind === 'part-year';

/** Best result for a year: a full year before a part year, a final figure before an estimate, the later period. */
export function bestResult(results: ObservationView[]): ObservationView | null {
  const score = (o: ObservationView) =>
    (o.read.period.kind === 'year' ? 4 : 0) + (o.read.period.estimate ? 0 : 2) + (o.read.kind === 'number' ? 1 : 0);
  return (
    [...results].sort(
      (a, b) => score(b) - score(a) || (b.read.period.months?.[1] ?? 12) - (a.read.period.months?.[1] ?? 12),
    )[0] ?? null
  );
}

/** Years with a yearly target or result, newest first. */
export function yearsOf(views: IndicatorView[]): number[] {
  const years = new Set(views.flatMap((v) => v.observations.filter(isYearly).map((o) => o.read.period.year)));
  return [...years].sort((a, b) => b - a);
}

/** One row per indicator that has a target or a result for `year`, in indicator order. */
export function yearRows(views: IndicatorView[], year: number, tier?: 'main' | 'other'): YearRow[] {
  return views
    .filter((v) => !tier || v.tier === tier)
    .flatMap((indicator): YearRow[] => {
      const target =
        indicator.targets.find((t) => t.target.read.period.kind === 'year' && t.target.read.period.year === year) ??
        null;
      const results = indicator.observations.filter(
        (o) => o.type === 'result' && isYearly(o) && o.read.period.year === year,
      );
      if (!target && !results.length) return [];
      const result = target?.decisive ?? bestResult(results);
      return [{ indicator, target, result, status: target?.status.status ?? null }];
    });
}

export interface SeriesPoint {
  year: number;
  target: TargetView | null;
  result: ObservationView | null;
}

/** An indicator's yearly targets and results, oldest first. */
export function seriesOf(view: IndicatorView): SeriesPoint[] {
  const years = [...new Set(view.observations.filter(isYearly).map((o) => o.read.period.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const row = yearRows([view], year)[0];
    return { year, target: row.target, result: row.result };
  });
}

/** Observations outside the yearly series: five-year goals and results, milestones. */
export function otherPeriods(view: IndicatorView): ObservationView[] {
  return view.observations.filter((o) => !isYearly(o));
}

/** Count of statuses among rows that have a target. */
export function statusCounts(rows: YearRow[]): Record<Status, number> {
  const counts: Record<Status, number> = { 达成: 0, 未达成: 0, 进行中: 0, 无法比较: 0 };
  for (const row of rows) if (row.status) counts[row.status] += 1;
  return counts;
}
