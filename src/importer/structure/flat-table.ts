/**
 * Hard-wrapped exports flatten tables into runs of short lines (one cell, or a
 * few cells, per line). Such a run cannot be rebuilt reliably in general, so
 * it is kept verbatim as a preformatted block instead of being read as
 * headings and paragraphs.
 */
import type { SourceBlock } from '../types.ts';
import { matchAttachmentMarker, matchDateLine, matchLabel, matchPrintedLine, matchStatusLine } from './patterns.ts';

const MIN_RUN = 8;
const SHORT = 18;
const ROW_LINE = 44;

/** A line that looks like table cells: short, or a few space-separated cells, without a sentence end. */
function isCellLine(block: SourceBlock): boolean {
  if (block.kind !== 'text') return false;
  const t = block.text.trim();
  if (!t || t.length > ROW_LINE) return false;
  if (/[。；]$/.test(t) && t.length > 12) return false;
  if (matchPrintedLine(t) || matchDateLine(t) || matchLabel(t) || matchStatusLine(t) || matchAttachmentMarker(t)) return false;
  return t.length <= SHORT || t.split(/\s+/).length >= 3;
}

/** Block index ranges [start, end) of flattened tables. */
export function findFlatRegions(blocks: SourceBlock[]): [number, number][] {
  const regions: [number, number][] = [];
  let i = 0;
  while (i < blocks.length) {
    if (!isCellLine(blocks[i])) {
      i++;
      continue;
    }
    let j = i;
    let cells = 0;
    while (j < blocks.length) {
      if (isCellLine(blocks[j])) {
        cells++;
        j++;
      } else if (j + 1 < blocks.length && blocks[j].kind === 'text' && isCellLine(blocks[j + 1]) && cells >= MIN_RUN) j++;
      else break;
    }
    if (cells >= MIN_RUN) regions.push([i, j]);
    i = Math.max(j, i + 1);
  }
  return regions;
}
