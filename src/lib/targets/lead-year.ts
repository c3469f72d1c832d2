/**
 * Which year the targets dashboard leads with. A year whose targets are all 无法比较 (set,
 * but no result published yet) has nothing to compare: the dashboard leads with the newest
 * year in which some target can be compared with a result, and names the newer years that
 * are still waiting for theirs.
 */
import type { IndicatorView } from './model.ts';
import { yearRows } from './views.ts';

const comparable = (views: IndicatorView[], year: number) =>
  yearRows(views, year).some((r) => r.status !== null && r.status !== '无法比较');

export interface Lead {
  /** The year the first chart shows. */
  year: number;
  /** Newer years with targets but no result to compare with yet, newest first, each with its number of targets. */
  pending: { year: number; targets: number }[];
}

/** `years` newest first (yearsOf). */
export function leadYear(views: IndicatorView[], years: number[]): Lead {
  const index = years.findIndex((y) => comparable(views, y));
  const year = index < 0 ? years[0] : years[index];
  const pending = years
    .slice(0, Math.max(index, 0))
    .map((y) => ({ year: y, targets: yearRows(views, y).filter((r) => r.target).length }))
    .filter((p) => p.targets > 0);
  return { year, pending };
}
