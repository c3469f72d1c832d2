/**
 * The charts' colours, and the role each plays. Every painted element carries its role
 * (data-fill, data-stroke) beside the colour itself, so that a reading mode can repaint
 * all charts from one stylesheet (src/styles/charts.css) without knowing the colours.
 */
import type { Status } from '../status.ts';

/**
 * Okabe–Ito hues, darkened where needed so that every mark has at least 3:1
 * contrast on white and every coloured word 4.5:1 (WCAG 1.4.11, 1.4.3).
 */
export const PALETTE = {
  ink: '#1a1a1a',
  muted: '#595959',
  track: '#e6e6e6',
  grid: '#d0d0d0',
  paper: '#fff',
  result: '#0072B2',
  target: '#1a1a1a',
  lagging: '#B8420A',
  status: { 达成: '#00745A', 未达成: '#B8420A', 进行中: '#7A5A00', 无法比较: '#595959' } as Record<Status, string>,
} as const;

/**
 * Colour → role. Where two roles share a colour they share a role too (target is ink,
 * 未达成 is lagging, 无法比较 is muted): the reading mode repaints them alike.
 */
const ROLES = new Map<string, string>([
  [PALETTE.ink, 'ink'],
  [PALETTE.muted, 'muted'],
  [PALETTE.track, 'track'],
  [PALETTE.grid, 'grid'],
  [PALETTE.paper, 'paper'],
  [PALETTE.result, 'result'],
  [PALETTE.lagging, 'lagging'],
  [PALETTE.status.达成, 'achieved'],
  [PALETTE.status.进行中, 'ongoing'],
]);

type Attrs = Record<string, string | number | null | undefined | false>;

/** The attributes with data-fill / data-stroke added for each palette colour they use. */
export function withRoles(attrs: Attrs): Attrs {
  const fill = typeof attrs.fill === 'string' ? ROLES.get(attrs.fill) : undefined;
  const stroke = typeof attrs.stroke === 'string' ? ROLES.get(attrs.stroke) : undefined;
  return { ...attrs, 'data-fill': fill, 'data-stroke': stroke };
}
