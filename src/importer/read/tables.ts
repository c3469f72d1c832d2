/**
 * Groups TAB-bearing lines into table segments, kept raw for stage 2 (which
 * parses the cells). A table runs over:
 * - TAB lines (PDF: one row per line; Word: one cell per line, ` ⇥` opening a row);
 * - untabbed lines right after a table line with no blank between (a cell that
 *   goes on over several lines, a `<p>` split);
 * - blank lines, when the table resumes after them (kept as '' so that the
 *   Word rule "a blank line ends a row" still applies);
 * - a few short orphan lines between blank runs when a TAB line follows
 *   (merged-cell echoes in Word tables).
 */
import { isAttachmentLine, isLabelLine } from '../vocabulary/document-lines.ts';
import { isStructuralLine, opensItem } from './markers.ts';
import { isBlank, type CleanLine } from './source-line.ts';

export type Segment = { kind: 'table'; lines: CleanLine[] } | { kind: 'line'; line: CleanLine };

/** Orphan lines a gap may hold and still belong to the table. */
const MAX_ORPHANS = 3;
const MAX_ORPHAN_LENGTH = 30;
/** Lines a gap may span (blank runs included). */
const MAX_GAP = 40;

const isTableLine = (l: CleanLine) => l.text.includes('\t');

function isOrphan(text: string): boolean {
  const t = text.trim();
  return (
    t.length <= MAX_ORPHAN_LENGTH &&
    !/[。]$/.test(t) &&
    !opensItem(t) &&
    !/^(专栏|第[一二三四五六七八九十]+[章节])/.test(t) &&
    !isLabelLine(t) &&
    !isAttachmentLine(t) &&
    !isStructuralLine(t)
  );
}

/** Index of the last line of the gap that the table absorbs, or -1 when the table ends before it. */
function absorbGap(lines: CleanLine[], start: number): number {
  let orphans = 0;
  for (let i = start; i < lines.length && i - start < MAX_GAP; i++) {
    if (isTableLine(lines[i])) return i - 1;
    if (isBlank(lines[i].text)) continue;
    if (!isOrphan(lines[i].text) || ++orphans > MAX_ORPHANS) return -1;
  }
  return -1;
}

/** Splits cleaned lines into table segments and single lines. */
export function segmentTables(lines: CleanLine[]): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isTableLine(lines[i])) {
      segments.push({ kind: 'line', line: lines[i++] });
      continue;
    }
    const table: CleanLine[] = [];
    let rowOpen = false;
    while (i < lines.length) {
      const line = lines[i];
      if (isTableLine(line) || (rowOpen && !isBlank(line.text))) {
        table.push(line);
        rowOpen = true;
        i++;
        continue;
      }
      const end = absorbGap(lines, i);
      if (end < 0) break;
      for (; i <= end; i++) table.push(isBlank(lines[i].text) ? { ...lines[i], text: '' } : lines[i]);
      rowOpen = false;
    }
    segments.push({ kind: 'table', lines: table });
  }
  return segments;
}
