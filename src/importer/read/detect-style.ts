/**
 * Export style from measured signals only (never the file name):
 * - hard-wrapped: almost every text line is followed by one blank line, and
 *   lines wrap at one dominant width (~28 em) with none much longer;
 * - PDF-derived: paragraphs one per line with a blank line between, lines long;
 * - Word-derived: paragraphs one per line with few or no blank lines between.
 */
import type { ExportStyle } from '../types.ts';
import { emWidth, isBlank, median, quantile } from './source-line.ts';

/** Thresholds, named so that the summary can explain a decision. */
export const STYLE_THRESHOLDS = {
  /** Share of text lines followed by exactly one blank line. */
  hardWrappedBlankAfter: 0.6,
  pdfBlankAfter: 0.4,
  /** 90th percentile of text line widths (em) that a hard-wrapped export stays under. */
  hardWrappedP90Width: 45,
  hardWrappedMedianRange: [15, 40] as const,
};

const round = (n: number) => Math.round(n * 100) / 100;

/** Measures the signals that decide the style. */
export function measureStyleSignals(lines: string[]): Record<string, number> {
  const textIndexes = lines.flatMap((l, i) => (isBlank(l) || l.includes('\t') ? [] : [i]));
  const nonBlank = lines.filter((l) => !isBlank(l)).length;
  const blankAfter = textIndexes.filter(
    (i) => i + 1 < lines.length && isBlank(lines[i + 1]) && (i + 2 >= lines.length || !isBlank(lines[i + 2])),
  ).length;
  const widths = textIndexes.map((i) => emWidth(lines[i].trim()));
  return {
    lines: lines.length,
    textLines: textIndexes.length,
    blankLines: lines.length - nonBlank,
    blankAfterShare: round(textIndexes.length ? blankAfter / textIndexes.length : 0),
    medianWidth: median(widths),
    p90Width: quantile(widths, 0.9),
    maxWidth: widths.length ? Math.max(...widths) : 0,
    pageStartLines: lines.filter((l) => /^ [^\s]/.test(l)).length,
    tabLines: lines.filter((l) => l.includes('\t')).length,
    tabLedLines: lines.filter((l) => /^ ?\t/.test(l)).length,
    bookmarks: lines.reduce((n, l) => n + (l.match(/\[bookmark: [^\]]*\]/g)?.length ?? 0), 0),
    pageNumberLines: lines.filter((l) => /^[\s\u3000]*[-—–][\s\u3000]*\d{1,4}[\s\u3000]*[-—–][\s\u3000]*$/.test(l))
      .length,
  };
}

/** Decides the style from the measured signals. */
export function decideStyle(signals: Record<string, number>): ExportStyle {
  const t = STYLE_THRESHOLDS;
  const [low, high] = t.hardWrappedMedianRange;
  if (
    signals.blankAfterShare >= t.hardWrappedBlankAfter &&
    signals.p90Width <= t.hardWrappedP90Width &&
    signals.medianWidth >= low &&
    signals.medianWidth <= high
  ) {
    return 'hard-wrapped';
  }
  if (signals.blankAfterShare >= t.pdfBlankAfter) return 'pdf';
  return 'word';
}

/** Measures and decides in one step. */
export function detectStyle(lines: string[]): { style: ExportStyle; signals: Record<string, number> } {
  const signals = measureStyleSignals(lines);
  return { style: decideStyle(signals), signals };
}
