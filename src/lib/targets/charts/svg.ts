/**
 * Small helpers for writing SVG markup at build time: escaping, elements,
 * the accessible wrapper (role="img", <title>, <desc>), colour roles (palette.ts),
 * status symbols and the hatch pattern that marks part-year results.
 */
import type { Status } from '../status.ts';
import { PALETTE, withRoles } from './palette.ts';

export const esc = (s: string | number) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An element; attributes with null/undefined/false values are left out. */
export function el(
  name: string,
  attrs: Record<string, string | number | null | undefined | false>,
  children = '',
): string {
  const a = Object.entries(withRoles(attrs))
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${esc(v as string | number)}"`)
    .join('');
  return children || !['rect', 'line', 'path', 'circle', 'use'].includes(name)
    ? `<${name}${a}>${children}</${name}>`
    : `<${name}${a}/>`;
}

export const text = (
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number | null | undefined> = {},
) => el('text', { x: round(x), y: round(y), ...attrs }, esc(content));

export const round = (n: number) => Math.round(n * 10) / 10;

export { PALETTE };

/** Hatching for part-year results and lagging tasks: stripes of `color` on white. */
export function hatch(id: string, color: string): string {
  return el(
    'pattern',
    { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { width: 6, height: 6, fill: PALETTE.paper }) +
      el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: color, 'stroke-width': 3 }),
  );
}

/** A status symbol centred on (x, y): ● 达成, ✕ 未达成, ◐ 进行中, □ 无法比较 — shape as well as colour. */
export function statusSymbol(status: Status, x: number, y: number, r = 6): string {
  const c = PALETTE.status[status];
  const attrs = { class: 'status-symbol', 'data-status': status };
  switch (status) {
    case '达成':
      return el('circle', { ...attrs, cx: x, cy: y, r, fill: c });
    case '未达成':
      return el('path', {
        ...attrs,
        d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`,
        stroke: c,
        'stroke-width': 2.5,
        fill: 'none',
      });
    case '进行中':
      return el(
        'g',
        attrs,
        el('circle', { cx: x, cy: y, r: r - 1, fill: PALETTE.paper, stroke: c, 'stroke-width': 2 }) +
          el('path', { d: `M${x},${y - r + 1}A${r - 1},${r - 1} 0 0 1 ${x},${y + r - 1}Z`, fill: c }),
      );
    default:
      return el('rect', {
        ...attrs,
        x: x - r + 1,
        y: y - r + 1,
        width: 2 * r - 2,
        height: 2 * r - 2,
        fill: PALETTE.paper,
        stroke: c,
        'stroke-width': 2,
      });
  }
}

export interface SvgFrame {
  /** Unique prefix for ids inside this chart. */
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
}

/** The accessible SVG wrapper: role="img", labelled by its <title>, described by its <desc>. */
export function svg(frame: SvgFrame, body: string): string {
  const { id, width, height } = frame;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart-svg',
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': 'inherit',
      'font-size': 13,
      fill: PALETTE.ink,
    },
    el('title', { id: `${id}-title` }, esc(frame.title)) + el('desc', { id: `${id}-desc` }, esc(frame.desc)) + body,
  );
}
