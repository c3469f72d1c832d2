/**
 * Hard-wrapped exports flatten tables into runs of short lines (one cell, or a
 * few cells, per line). A run whose rows start with a recurring pattern is
 * rebuilt (keyed-table.ts); any other run cannot be cut into rows reliably,
 * so it is kept verbatim as a preformatted block instead of being read as
 * headings and paragraphs.
 */
import type { SourceBlock } from '../../../types.ts';
import {
  matchAttachmentMarker,
  matchDateLine,
  matchLabel,
  matchPrintedLine,
  matchStatusLine,
} from '../../../vocabulary/document-lines.ts';

const MIN_RUN = 8;
const SHORT = 18;
const ROW_LINE = 44;

/** A line that looks like table cells: short, or a few space-separated cells, without a sentence end. */
function isCellLine(block: SourceBlock | undefined): boolean {
  if (block?.kind !== 'text') return false;
  const t = block.text.trim();
  if (!t || t.length > ROW_LINE) return false;
  if (/[。；]$/.test(t) && t.length > 12) return false;
  if (matchPrintedLine(t) || matchDateLine(t) || matchLabel(t) || matchStatusLine(t) || matchAttachmentMarker(t))
    return false;
  return t.length <= SHORT || t.split(/\s+/).length >= 3;
}

/** Why such a run is kept as printed (for importNotes). */
export const FLAT_TABLE_REASON =
  '各行行首没有反复出现的行首模式（编码、第N条、序号加编号、姓名加单位），无法判断一行从哪里开始、单元格在哪里分开，因而无法可靠重建';

/** Block index ranges [start, end) of flattened tables, skipping blocks already taken (`taken`). */
export function findFlatRegions(
  blocks: SourceBlock[],
  taken: (i: number) => boolean = () => false,
): [number, number][] {
  const regions: [number, number][] = [];
  const cell = (k: number) => !taken(k) && isCellLine(blocks[k]);
  let i = 0;
  while (i < blocks.length) {
    if (!cell(i)) {
      i++;
      continue;
    }
    let j = i;
    let cells = 0;
    while (j < blocks.length) {
      if (cell(j)) {
        cells++;
        j++;
      } else if (j + 1 < blocks.length && !taken(j) && blocks[j].kind === 'text' && cell(j + 1) && cells >= MIN_RUN)
        j++;
      else break;
    }
    if (cells >= MIN_RUN) regions.push([i, j]);
    i = Math.max(j, i + 1);
  }
  return regions;
}
