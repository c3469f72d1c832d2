/**
 * Small helpers for writing SVG markup at build time: escaping, elements,
 * the accessible wrapper (role="img", <title>, <desc>), the shared palette,
 * status symbols and the hatch pattern that marks part-year results.
 */
import type { Status } from '../status.ts';

export const esc = (s: string | number) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An element; attributes with null/undefined/false values are left out. */
export function el(name: string, attrs: Record<string, string | number | null | undefined | false>, children = ''): string {
  const a = Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined && v !== false).map(([k, v]) => ` ${k}="${esc(v as string | number)}"`).join('');
  return children || !['rect', 'line', 'path', 'circle', 'use'].includes(name) ? `<${name}${a}>${children}</${name}>` : `<${name}${a}/>`;
}

export const text = (x: number, y: number, content: string, attrs: Record<string, string | number | null | undefined> = {}) =>
  el('text', { x: round(x), y: round(y), ...attrs }, esc(content));

export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Okabe–Ito hues, darkened where needed so that every mark has at least 3:1
 * contrast on white and every coloured word 4.5:1 (WCAG 1.4.11, 1.4.3).
 */
export const PALETTE = {
  ink: '#1a1a1a', muted: '#595959', track: '#e6e6e6', grid: '#d0d0d0',
  result: '#0072B2', target: '#1a1a1a', lagging: '#B8420A',
  status: { 达成: '#00745A', 未达成: '#B8420A', 进行中: '#7A5A00', 无法比较: '#595959' } as Record<Status, string>,
} as const;

/** Hatching for part-year results and lagging tasks: stripes of `color` on white. */
export function hatch(id: string, color: string): string {
  return el('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { width: 6, height: 6, fill: '#fff' }) + el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: color, 'stroke-width': 3 }));
}

/** A status symbol centred on (x, y): ● 达成, ✕ 未达成, ◐ 进行中, □ 无法比较 — shape as well as colour. */
export function statusSymbol(status: Status, x: number, y: number, r = 6): string {
  const c = PALETTE.status[status];
  const attrs = { class: 'status-symbol', 'data-status': status };
  switch (status) {
    case '达成':
      return el('circle', { ...attrs, cx: x, cy: y, r, fill: c });
    case '未达成':
      return el('path', { ...attrs, d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`, stroke: c, 'stroke-width': 2.5, fill: 'none' });
    case '进行中':
      return el('g', attrs, el('circle', { cx: x, cy: y, r: r - 1, fill: '#fff', stroke: c, 'stroke-width': 2 }) +
        el('path', { d: `M${x},${y - r + 1}A${r - 1},${r - 1} 0 0 1 ${x},${y + r - 1}Z`, fill: c }));
    default:
      return el('rect', { ...attrs, x: x - r + 1, y: y - r + 1, width: 2 * r - 2, height: 2 * r - 2, fill: '#fff', stroke: c, 'stroke-width': 2 });
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
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg', class: 'chart-svg', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`, 'font-family': 'inherit', 'font-size': 13, fill: PALETTE.ink,
  }, el('title', { id: `${id}-title` }, esc(frame.title)) + el('desc', { id: `${id}-desc` }, esc(frame.desc)) + body);
}
