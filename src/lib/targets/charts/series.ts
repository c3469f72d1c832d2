/**
 * Indicator view: the yearly series of one indicator, each year's target (an
 * outlined bar) beside its result (a solid bar; hatched when it covers only
 * part of the year, with the period written under it). Worded targets and
 * results have no bar and are named in the description and the table.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { IndicatorView } from '../model.ts';
import type { SeriesPoint } from '../views.ts';
import { describeResult, describeValue } from './describe.ts';
import { formatNumber } from './format.ts';
import { el, hatch, PALETTE, round, svg, text } from './svg.ts';

export const SERIES = { width: 360, height: 260, top: 40, bottom: 52, left: 44, right: 6 } as const;

const numeric = (p: SeriesPoint) => ({
  target:
    p.target && (p.target.target.read.kind === 'number' || p.target.target.read.kind === 'positive')
      ? p.target.target.read.value
      : null,
  result: p.result?.read.kind === 'number' ? p.result.read.value : null,
});

export function seriesText(view: IndicatorView, points: SeriesPoint[]): { title: string; desc: string } {
  const parts = points.map((p) => {
    const t = p.target ? `目标${describeValue(p.target.target.read, view.unit)}` : '未设目标';
    const r = p.result ? `结果${describeResult(p.result, view.unit)}` : '未公布结果';
    return `${p.year}年${t}，${r}${p.target ? `，${p.target.status.status}` : ''}`;
  });
  return { title: `${view.name}：历年目标与结果`, desc: `${parts.join('；')}。部分时期的结果以斜线填充。` };
}

export function seriesSvg(view: IndicatorView, points: SeriesPoint[], id: string): string {
  const { width, height, top, bottom, left, right } = SERIES;
  const values = points.flatMap((p) => Object.values(numeric(p))).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const y = scaleLinear()
    .domain([lo * 1.1, hi > 0 ? hi * 1.1 : 1])
    .nice()
    .range([height - bottom, top]);
  const x = scaleBand<number>()
    .domain(points.map((p) => p.year))
    .range([left, width - right])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const half = x.bandwidth() / 2;
  const unit = view.unit === '—' ? '' : view.unit;
  const grid =
    y
      .ticks(5)
      .map(
        (t) =>
          el('line', {
            x1: left,
            x2: width - right,
            y1: round(y(t)),
            y2: round(y(t)),
            stroke: t === 0 ? PALETTE.muted : PALETTE.grid,
          }) +
          text(left - 4, y(t) + 4, formatNumber(t), { 'text-anchor': 'end', 'font-size': 11, fill: PALETTE.muted }),
      )
      .join('') +
    (unit
      ? text(width - right, top - 6, `单位：${unit}`, { 'text-anchor': 'end', 'font-size': 11, fill: PALETTE.muted })
      : '');
  const bar = (cls: string, v: number, bx: number, attrs: Record<string, string | number>) => {
    const [a, b] = [y(0), y(v)].sort((p, q) => p - q);
    return el('rect', {
      class: cls,
      'data-value': v,
      x: round(bx + 1),
      y: round(a),
      width: round(half - 2),
      height: round(Math.max(b - a, 1.5)),
      ...attrs,
    });
  };
  const marks = points
    .map((p) => {
      const bx = x(p.year)!;
      const v = numeric(p);
      const partial = p.result && p.result.read.period.kind !== 'year';
      const out: string[] = [];
      if (v.target !== null) {
        out.push(bar('mark-target', v.target, bx, { fill: PALETTE.paper, stroke: PALETTE.target, 'stroke-width': 2 }));
        out.push(
          text(bx + half / 2, y(Math.max(v.target, 0)) - 4, formatNumber(v.target), {
            'text-anchor': 'middle',
            'font-size': 11,
          }),
        );
      } else if (p.target) {
        out.push(
          text(bx + half / 2, y(0) - 4, '定性', { 'text-anchor': 'middle', 'font-size': 11, fill: PALETTE.muted }),
        );
      }
      if (v.result !== null) {
        out.push(
          bar('mark-result', v.result, bx + half, {
            fill: partial ? `url(#${id}-hatch)` : PALETTE.result,
            stroke: PALETTE.result,
            'stroke-width': 1.5,
          }),
        );
        out.push(
          text(bx + half * 1.5, y(Math.max(v.result, 0)) - 4, formatNumber(v.result), {
            'text-anchor': 'middle',
            'font-size': 11,
          }),
        );
      }
      out.push(text(bx + half, height - bottom + 16, `${p.year}`, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
      if (p.result && (partial || p.result.read.period.estimate)) {
        out.push(
          text(bx + half, height - bottom + 31, p.result.read.period.label.replace(/（.*$/, ''), {
            'text-anchor': 'middle',
            'font-size': 11,
            fill: PALETTE.muted,
          }),
        );
      }
      return el('g', { class: 'series-year', 'data-year': p.year }, out.join(''));
    })
    .join('');
  const legend =
    el('rect', {
      x: left,
      y: 10,
      width: 14,
      height: 12,
      fill: PALETTE.paper,
      stroke: PALETTE.target,
      'stroke-width': 2,
    }) +
    text(left + 19, 21, '目标') +
    el('rect', { x: left + 62, y: 10, width: 14, height: 12, fill: PALETTE.result }) +
    text(left + 81, 21, '全年结果') +
    el('rect', {
      x: left + 150,
      y: 10,
      width: 14,
      height: 12,
      fill: `url(#${id}-hatch)`,
      stroke: PALETTE.result,
      'stroke-width': 1.5,
    }) +
    text(left + 169, 21, '部分时期结果');
  const { title, desc } = seriesText(view, points);
  return svg(
    { id, width, height, title, desc },
    el('defs', {}, hatch(`${id}-hatch`, PALETTE.result)) + legend + grid + marks,
  );
}
