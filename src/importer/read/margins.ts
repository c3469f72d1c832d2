/**
 * Wrap width of a hard-wrapped export, globally and per region. The dominant
 * width is the most common line width; a region whose lines mostly run wider
 * (small-font tables, addressee blocks, forms) gets its own, wider margin.
 * Regions are never narrower than the dominant width: short table fragments
 * must not look like full lines.
 */
import { median } from './source-line.ts';

/** Text lines on each side that make up a line's region. */
const WINDOW = 8;
/** A line this much wider than the dominant width counts as wide. */
const WIDE_BY = 2.5;
/** Share of wide lines that makes a region wide. */
const WIDE_SHARE = 0.4;

/** Fewer full-looking lines than this say nothing about the wrap width. */
const MIN_SAMPLE = 20;

/** The most common (rounded) width between 16 and 48 em; 28 (the NOTES margin) when too few lines tell. */
export function dominantWidth(widths: number[]): number {
  const counts = new Map<number, number>();
  for (const w of widths) {
    const r = Math.round(w);
    if (r >= 16 && r <= 48) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  let best = 28;
  let bestCount = 0;
  if ([...counts.values()].reduce((a, b) => a + b, 0) < MIN_SAMPLE) return best;
  for (const [w, n] of counts) if (n > bestCount || (n === bestCount && w > best)) [best, bestCount] = [w, n];
  return best;
}

/** Margin (em) for each line, given the widths of all text lines in order. */
export function regionMargins(widths: number[]): number[] {
  const base = dominantWidth(widths);
  return widths.map((_, i) => {
    const window = widths.slice(Math.max(0, i - WINDOW), i + WINDOW + 1);
    const wide = window.filter((w) => w >= base + WIDE_BY);
    return wide.length >= window.length * WIDE_SHARE ? Math.max(base, Math.round(median(wide))) : base;
  });
}
