/**
 * Tasks view: (1) the key tasks by category, a stacked bar per category of
 * 正常推进 (solid) and 推进较为滞后 (hatched, and counted in words);
 * (2) progress bars for the tasks whose texts give a numeric target and an
 * achieved figure, the share written beside each bar (bars stop at 100 %, an
 * arrow marks more).
 */
import { scaleLinear } from 'd3';
import { formatShare, formatValue } from './format.ts';
import { el, hatch, PALETTE, round, svg, text } from './svg.ts';

export interface CategoryCount {
  category: string;
  normal: number;
  lagging: number;
}

export interface ProgressRow {
  label: string;
  /** Where the task is: 附件3 第17行. */
  where: string;
  unit: string;
  target: number;
  achieved: number;
  share: number;
  /** Period of the achieved figure, as shown. */
  period: string;
  lagging: boolean;
}

const WIDTH = 360;

export function categoryText(counts: CategoryCount[]): { title: string; desc: string } {
  const normal = counts.reduce((n, c) => n + c.normal, 0);
  const lagging = counts.filter((c) => c.lagging);
  return {
    title: `${normal + lagging.reduce((n, c) => n + c.lagging, 0)}项重点任务按类别的推进情况`,
    desc: `${counts.length}个类别中，${normal}项正常推进；推进较为滞后的任务分布在${lagging.length}个类别：${lagging.map((c) => `${c.category}${c.lagging}项`).join('、')}。`,
  };
}

export function categorySvg(counts: CategoryCount[], id: string): string {
  const rowHeight = 36;
  const top = 30;
  const max = Math.max(...counts.map((c) => c.normal + c.lagging));
  const x = scaleLinear()
    .domain([0, max])
    .range([4, WIDTH - 4]);
  const rows = counts
    .map((c, i) => {
      const y = top + i * rowHeight;
      const label = `${c.normal + c.lagging}项${c.lagging ? `（滞后${c.lagging}）` : ''}`;
      return el(
        'g',
        { class: 'category-row', 'data-category': c.category },
        text(4, y + 12, c.category) +
          text(WIDTH - 4, y + 12, label, { 'text-anchor': 'end', 'font-size': 12 }) +
          el('rect', {
            class: 'mark-normal',
            'data-value': c.normal,
            x: 4,
            y: y + 17,
            width: round(x(c.normal) - 4),
            height: 12,
            fill: PALETTE.result,
          }) +
          (c.lagging
            ? el('rect', {
                class: 'mark-lagging',
                'data-value': c.lagging,
                x: round(x(c.normal)),
                y: y + 17,
                width: round(x(c.lagging) - 4),
                height: 12,
                fill: `url(#${id}-hatch)`,
                stroke: PALETTE.lagging,
                'stroke-width': 1.5,
              })
            : ''),
      );
    })
    .join('');
  const legend =
    el('rect', { x: 4, y: 8, width: 14, height: 12, fill: PALETTE.result }) +
    text(22, 19, '正常推进') +
    el('rect', {
      x: 96,
      y: 8,
      width: 14,
      height: 12,
      fill: `url(#${id}-hatch)`,
      stroke: PALETTE.lagging,
      'stroke-width': 1.5,
    }) +
    text(114, 19, '推进较为滞后');
  const { title, desc } = categoryText(counts);
  return svg(
    { id, width: WIDTH, height: top + counts.length * rowHeight, title, desc },
    el('defs', {}, hatch(`${id}-hatch`, PALETTE.lagging)) + legend + rows,
  );
}

export function progressText(rows: ProgressRow[]): { title: string; desc: string } {
  const reached = rows.filter((r) => r.share >= 1);
  return {
    title: `${rows.length}项有数值目标的任务：完成量与目标`,
    desc:
      `按督查报告所列进展，${reached.length}项已达到或超过目标值（${reached.map((r) => r.label).join('、')}），` +
      `${rows.length - reached.length}项尚未达到；多数进展为1-9月或截至9月底的数据，不是全年结果。` +
      rows.map((r) => `${r.label}${formatValue(r.achieved, r.unit)}/${formatValue(r.target, r.unit)}`).join('；') +
      '。',
  };
}

export function progressSvg(rows: ProgressRow[], id: string): string {
  const rowHeight = 56;
  const x = scaleLinear()
    .domain([0, 1])
    .range([4, WIDTH - 64])
    .clamp(true);
  const body = rows
    .map((r, i) => {
      const y = 6 + i * rowHeight;
      const over = r.share > 1;
      return el(
        'g',
        { class: 'progress-row', 'data-label': r.label },
        text(4, y + 12, `${r.label}：${formatValue(r.achieved, r.unit)} / ${formatValue(r.target, r.unit)}`) +
          el('rect', { x: 4, y: y + 18, width: WIDTH - 68, height: 12, fill: PALETTE.track }) +
          el('rect', {
            class: 'mark-progress',
            'data-value': r.share,
            x: 4,
            y: y + 18,
            width: round(Math.max(x(r.share) - 4, 1.5)),
            height: 12,
            fill: r.lagging ? `url(#${id}-hatch)` : PALETTE.result,
            stroke: r.lagging ? PALETTE.lagging : PALETTE.result,
            'stroke-width': 1.5,
          }) +
          el('line', {
            x1: WIDTH - 64,
            x2: WIDTH - 64,
            y1: y + 15,
            y2: y + 33,
            stroke: PALETTE.target,
            'stroke-width': 2,
          }) +
          (over ? el('path', { d: `M${WIDTH - 62},${y + 18}l8,6l-8,6z`, fill: PALETTE.result }) : '') +
          text(WIDTH - 4, y + 29, formatShare(r.share), { 'text-anchor': 'end', 'font-weight': 'bold' }) +
          text(4, y + 45, `${r.where} · ${r.period}`, { 'font-size': 11, fill: PALETTE.muted }),
      );
    })
    .join('');
  const { title, desc } = progressText(rows);
  return svg(
    { id, width: WIDTH, height: 8 + rows.length * rowHeight, title, desc },
    el('defs', {}, hatch(`${id}-hatch`, PALETTE.lagging)) + body,
  );
}
