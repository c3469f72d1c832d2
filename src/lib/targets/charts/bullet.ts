/**
 * Year view: a bullet chart, one row per indicator — the result as a bar from
 * zero, the target as a black mark, the status as a symbol and a word. Each
 * row has its own scale (units differ); part-year results are hatched and say
 * their period. Rows without a numeric target or result say so in words.
 */
import { scaleLinear } from 'd3';
import type { YearRow } from '../views.ts';
import { describeResult, describeValue } from './describe.ts';
import { formatNumber } from './format.ts';
import { el, hatch, PALETTE, round, statusSymbol, svg, text } from './svg.ts';

export const BULLET = { width: 360, rowHeight: 82, top: 8, left: 4, right: 4 } as const;

/** Values on a row's scale: the target and the result, when numeric. */
function rowValues(row: YearRow): { target: number | null; result: number | null } {
  const t = row.target?.target.read;
  const r = row.result?.read;
  return {
    target: t?.kind === 'number' || t?.kind === 'positive' ? t.value : null,
    result: r?.kind === 'number' ? r.value : null,
  };
}

/** Chart title and the finding in words. */
export function bulletText(rows: YearRow[], year: number): { title: string; desc: string } {
  const withTarget = rows.filter((r) => r.status);
  const counts = ['达成', '未达成', '进行中', '无法比较']
    .map((s) => [s, withTarget.filter((r) => r.status === s).length] as const)
    .filter(([, n]) => n);
  const head = withTarget.length
    ? `${year}年共${withTarget.length}项目标：${counts.map(([s, n]) => `${s}${n}项`).join('，')}。`
    : `${year}年没有设定目标，以下为公布的结果。`;
  const each = rows.map((r) => {
    const unit = r.indicator.unit;
    const t = r.target ? `目标${describeValue(r.target.target.read, unit)}` : '未设目标';
    const res = r.result ? `结果${describeResult(r.result, unit)}` : '未公布结果';
    return `${r.indicator.name}：${t}，${res}${r.status ? `，${r.status}` : ''}`;
  });
  return { title: `${year}年目标与结果`, desc: `${head}${each.join('；')}。` };
}

export function bulletSvg(rows: YearRow[], year: number, id: string): string {
  const { width, rowHeight, top, left, right } = BULLET;
  const height = top + rows.length * rowHeight;
  const body = rows
    .map((row, i) => {
      const y = top + i * rowHeight;
      const unit = row.indicator.unit;
      const v = rowValues(row);
      const numbers = [0, v.target, v.result].filter((n): n is number => n !== null);
      // Headroom past the largest value so that a target mark never sits on the frame.
      const hi = Math.max(...numbers);
      const x = scaleLinear()
        .domain([Math.min(...numbers) * 1.15, hi > 0 ? hi * 1.15 : 1])
        .nice()
        .range([left, width - right]);
      const partial = row.result && row.result.read.period.kind !== 'year';
      const parts = [text(left, y + 15, row.indicator.name, { 'font-weight': 'bold' })];
      if (row.status) {
        parts.push(statusSymbol(row.status, width - right - 6 - row.status.length * 13 - 6, y + 10));
        parts.push(
          text(width - right, y + 15, row.status, {
            'text-anchor': 'end',
            fill: PALETTE.status[row.status],
            'font-weight': 'bold',
          }),
        );
      }
      if (v.target === null && v.result === null) {
        parts.push(text(left, y + 36, '定性目标或结果，无数值可画', { fill: PALETTE.muted, 'font-size': 12 }));
      } else {
        parts.push(el('rect', { x: left, y: y + 24, width: width - left - right, height: 18, fill: PALETTE.track }));
        if (v.result !== null) {
          const [a, b] = [x(0), x(v.result)].sort((p, q) => p - q);
          parts.push(
            el('rect', {
              class: 'mark-result',
              'data-value': v.result,
              x: round(a),
              y: y + 27,
              width: round(Math.max(b - a, 1.5)),
              height: 12,
              fill: partial ? `url(#${id}-hatch)` : PALETTE.result,
              stroke: PALETTE.result,
              'stroke-width': 1.5,
            }),
          );
        }
        if (v.target !== null) {
          parts.push(
            el('rect', {
              class: 'mark-target',
              'data-value': v.target,
              x: round(x(v.target) - 1.5),
              y: y + 21,
              width: 3,
              height: 24,
              fill: PALETTE.target,
            }),
          );
        }
        if (x.domain()[0] < 0)
          parts.push(
            el('line', {
              x1: round(x(0)),
              x2: round(x(0)),
              y1: y + 22,
              y2: y + 44,
              stroke: PALETTE.muted,
              'stroke-dasharray': '2 2',
            }),
          );
        const [lo, max] = x.domain();
        parts.push(text(left, y + 55, formatNumber(lo), { 'font-size': 11, fill: PALETTE.muted }));
        parts.push(
          text(width - right, y + 55, `${formatNumber(max)}${unit === '—' ? '' : unit}`, {
            'font-size': 11,
            fill: PALETTE.muted,
            'text-anchor': 'end',
          }),
        );
      }
      const t = row.target ? `目标 ${describeValue(row.target.target.read, unit)}` : '未设目标';
      const r = row.result ? `结果 ${describeResult(row.result, unit)}` : '未公布结果';
      if (v.target === null && v.result === null) {
        // Worded rows have no axis: their target and result get a line each.
        parts.push(text(left, y + 55, t, { 'font-size': 12 }), text(left, y + 71, r, { 'font-size': 12 }));
      } else {
        parts.push(text(left, y + 71, `${t} · ${r}`, { 'font-size': 12 }));
      }
      return el('g', { class: 'bullet-row', 'data-indicator': row.indicator.id }, parts.join(''));
    })
    .join('');
  const { title, desc } = bulletText(rows, year);
  return svg({ id, width, height, title, desc }, el('defs', {}, hatch(`${id}-hatch`, PALETTE.result)) + body);
}
