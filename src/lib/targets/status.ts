/**
 * Status of a target against the results published for it. Computed, never
 * typed: the rules below are applied in order and the first that fits decides.
 * docs/targets.md lists them for readers.
 *
 * 1. No result for the target's period → 无法比较 (未公布结果).
 * 2. Only results for part of the period (1-9月, 到2025年4月, a year inside a
 *    five-year goal) → 进行中, labelled with that period.
 * 3. A worded target or result without a printed tolerance or figure
 *    (完成年度目标任务, 与经济增长基本同步, 预计能够完成…) → 无法比较.
 * 4. Target and result printed under different definitions (工业增加值 vs
 *    规上工业增加值) or aggregates (年均 vs a level) → 无法比较.
 * 5. Otherwise compare the numbers in the good direction: a bare figure or
 *    以上 is a floor (≥), 突破/超 a strict floor (>), 以内 a ceiling (≤),
 *    保持正增长 means > 0, and 左右 allows ABOUT_TOLERANCE below the figure.
 *    A result printed as 预计 gives a status flagged as an estimate.
 */
import type { ReadObservation } from './observation.ts';

export type Status = '达成' | '未达成' | '进行中' | '无法比较';

/** 左右 has no printed tolerance; we allow 0.5 percentage points for rates, 5 % of the figure otherwise. */
export const ABOUT_TOLERANCE = { percentagePoints: 0.5, relative: 0.05 } as const;

export interface StatusResult {
  status: Status;
  /** Why, in Chinese, for readers. */
  reason: string;
  /** Number of the rule that decided (1–5), for tests and the documentation. */
  rule: 1 | 2 | 3 | 4 | 5;
  /** The result the status rests on (index into the results given), or null. */
  result: number | null;
  /** True when the decisive result is printed as an estimate (预计). */
  estimate: boolean;
}

const isPartial = (target: ReadObservation, result: ReadObservation) =>
  result.period.kind === 'part-year' ||
  result.period.kind === 'milestone' ||
  (target.period.kind === 'multi-year' &&
    (result.period.kind !== 'multi-year' || result.period.year < target.period.year));

/** The result to judge by: full-period before partial, final before estimate, then the later period. */
function pickResult(target: ReadObservation, results: ReadObservation[]): number | null {
  if (!results.length) return null;
  const score = (r: ReadObservation) =>
    (isPartial(target, r) ? 0 : 4) + (r.period.estimate ? 0 : 2) + (r.kind === 'number' ? 1 : 0);
  return results
    .map((r, i) => ({ i, s: score(r), end: r.period.year * 100 + (r.period.months?.[1] ?? 12) }))
    .sort((a, b) => b.s - a.s || b.end - a.end)[0].i;
}

/** The least result value that meets `target` when higher is better. */
function meets(target: ReadObservation, value: number, unit: string, goodUp: boolean): boolean {
  const t = target.value!;
  const sign = goodUp ? 1 : -1;
  const v = sign * value;
  const tt = sign * t;
  switch (target.bound) {
    case 'more-than':
      return v > tt;
    case 'at-most':
      return value <= t;
    case 'about': {
      const tolerance = unit === '%' ? ABOUT_TOLERANCE.percentagePoints : Math.abs(t) * ABOUT_TOLERANCE.relative;
      return v >= tt - tolerance;
    }
    default:
      return v >= tt;
  }
}

export function statusOf(
  target: ReadObservation,
  results: ReadObservation[],
  unit: string,
  goodDirection: 'up' | 'down',
): StatusResult {
  const i = pickResult(target, results);
  if (i === null) return { status: '无法比较', reason: '未公布结果', rule: 1, result: null, estimate: false };
  const result = results[i];
  const estimate = result.period.estimate;
  const base = { result: i, estimate };
  if (isPartial(target, result)) {
    const reason =
      target.period.kind === 'multi-year'
        ? `仅有${result.period.year}年${result.period.kind === 'year' ? '' : result.period.label}数据，${target.period.label}的结果未公布`
        : `仅有${result.period.label}数据，${target.period.kind === 'milestone' ? target.period.label : '全年'}结果未公布`;
    return { ...base, status: '进行中', reason, rule: 2 };
  }
  if (target.kind === 'complete' || target.kind === 'relative' || target.kind === 'direction') {
    const why = target.kind === 'relative' ? '相对目标，未规定容差' : '定性目标，无可核对的数值';
    return { ...base, status: '无法比较', reason: why, rule: 3 };
  }
  if (result.kind !== 'number' || result.value === null) {
    return {
      ...base,
      status: '无法比较',
      reason: result.kind === 'forecast' ? '结果仅为预计能够完成' : '结果没有数值',
      rule: 3,
    };
  }
  if (target.definition && result.definition && target.definition !== result.definition) {
    return {
      ...base,
      status: '无法比较',
      reason: `口径不同：目标为“${target.label}”，结果为“${result.label}”`,
      rule: 4,
    };
  }
  if (target.aggregate !== result.aggregate) {
    return { ...base, status: '无法比较', reason: '统计口径不同（年均、累计与期末值不能直接比较）', rule: 4 };
  }
  const ok = meets(target, result.value, unit, goodDirection === 'up');
  return { ...base, status: ok ? '达成' : '未达成', reason: ok ? '结果达到目标' : '结果低于目标', rule: 5 };
}
