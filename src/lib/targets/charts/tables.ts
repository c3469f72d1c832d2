/**
 * The data table beside each chart, built from the same rows as the chart:
 * cells of text, optionally a link (to the source paragraph) or a status.
 */
import type { IndicatorView, ObservationView } from '../model.ts';
import type { Status } from '../status.ts';
import type { SeriesPoint, YearRow } from '../views.ts';
import { describeValue, sourceHref, sourceLabel } from './describe.ts';
import type { CategoryCount, ProgressRow } from './tasks.ts';
import { formatShare, formatValue } from './format.ts';

export interface Cell {
  text: string;
  href?: string;
  status?: Status;
  /** The number the cell shows, for checks (the chart marks carry the same value). */
  value?: number | null;
}

export interface DataTable {
  caption: string;
  head: string[];
  rows: Cell[][];
}

export const STATUS_GLYPH: Record<Status, string> = { 达成: '●', 未达成: '✕', 进行中: '◐', 无法比较: '□' };

type TitleOf = (documentId: string) => string;

const sourceCell = (o: ObservationView | null | undefined, titleOf: TitleOf): Cell =>
  o ? { text: sourceLabel(o, titleOf(o.document.id)), href: sourceHref(o) } : { text: '—' };

const valueCell = (o: ObservationView | null | undefined, unit: string): Cell =>
  o
    ? {
        text: describeValue(o.read, unit),
        value: o.read.kind === 'number' || o.read.kind === 'positive' ? o.read.value : null,
      }
    : { text: '—', value: null };

const statusCell = (status: Status | null | undefined, reason: string, estimate = false): Cell =>
  status ? { text: `${status}${estimate ? '（预计数）' : ''}：${reason}`, status } : { text: '未设目标' };

export function yearTable(rows: YearRow[], year: number, titleOf: TitleOf): DataTable {
  return {
    caption: `${year}年目标与结果（数据表）`,
    head: ['指标', '目标', '结果', '结果时期', '状态', '督查办结论', '目标来源', '结果来源'],
    rows: rows.map((r) => [
      { text: r.indicator.name, href: `/targets/${r.indicator.id}/` },
      valueCell(r.target?.target, r.indicator.unit),
      valueCell(r.result, r.indicator.unit),
      { text: r.result ? r.result.read.period.label : '—' },
      statusCell(r.status, r.target?.status.reason ?? '', r.target?.status.estimate),
      { text: r.result?.verdict ? `${r.result.verdict.verdict}${r.result.verdict.inferred ? '（推断）' : ''}` : '—' },
      sourceCell(r.target?.target, titleOf),
      sourceCell(r.result, titleOf),
    ]),
  };
}

export function seriesTable(view: IndicatorView, points: SeriesPoint[], titleOf: TitleOf): DataTable {
  return {
    caption: `${view.name}：历年目标与结果（数据表，单位：${view.unit}）`,
    head: ['年份', '目标', '结果', '结果时期', '状态', '目标原文', '结果原文', '目标来源', '结果来源'],
    rows: points.map((p) => [
      { text: `${p.year}年` },
      valueCell(p.target?.target, view.unit),
      valueCell(p.result, view.unit),
      { text: p.result ? p.result.read.period.label : '—' },
      statusCell(p.target?.status.status, p.target?.status.reason ?? '', p.target?.status.estimate),
      { text: p.target?.target.text ?? '—' },
      { text: p.result?.text ?? '—' },
      sourceCell(p.target?.target, titleOf),
      sourceCell(p.result, titleOf),
    ]),
  };
}

export function categoryTable(counts: CategoryCount[]): DataTable {
  return {
    caption: '重点任务按类别（数据表）',
    head: ['类别', '正常推进', '推进较为滞后', '合计'],
    rows: counts.map((c) => [
      { text: c.category },
      { text: String(c.normal), value: c.normal },
      { text: String(c.lagging), value: c.lagging },
      { text: String(c.normal + c.lagging), value: c.normal + c.lagging },
    ]),
  };
}

export function progressTable(
  rows: (ProgressRow & { note: string | null })[],
  hrefOf: (row: ProgressRow) => string,
): DataTable {
  return {
    caption: '有数值目标的任务：完成量与目标（数据表）',
    head: ['任务', '目标', '完成量', '完成比例', '时期', '说明', '来源'],
    rows: rows.map((r) => [
      { text: r.label },
      { text: formatValue(r.target, r.unit), value: r.target },
      { text: formatValue(r.achieved, r.unit), value: r.achieved },
      { text: formatShare(r.share), value: r.share },
      { text: r.period },
      { text: r.note ?? (r.lagging ? '督查办列为推进较为滞后' : '—') },
      { text: r.where, href: hrefOf(r) },
    ]),
  };
}

/** Every year at a glance: one row per indicator, one column per year with a target, the status and its figures in each cell. */
export function matrixTable(views: IndicatorView[], years: number[], rowsOf: (year: number) => YearRow[]): DataTable {
  const byYear = new Map(years.map((y) => [y, rowsOf(y)]));
  return {
    caption: '历年主要目标的状态一览',
    head: ['指标', ...years.map((y) => `${y}年`)],
    rows: views.map((v) => [
      { text: v.name, href: `/targets/${v.id}/` },
      ...years.map((y): Cell => {
        const row = byYear.get(y)!.find((r) => r.indicator.id === v.id);
        if (!row?.target)
          return { text: row?.result ? `未设目标；结果${describeValue(row.result.read, v.unit)}` : '未设目标' };
        const result = row.result
          ? `结果${describeValue(row.result.read, v.unit)}${row.result.read.period.kind === 'year' && !row.result.read.period.estimate ? '' : `（${row.result.read.period.label}）`}`
          : '未公布结果';
        return {
          text: `${row.status}：目标${describeValue(row.target.target.read, v.unit)}，${result}`,
          status: row.status!,
        };
      }),
    ]),
  };
}
