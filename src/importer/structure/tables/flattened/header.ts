/**
 * The header of a flattened table: the short lines printed just before its
 * first row. Cells on one line are separated by spaces
 * (`序号 编号 项目名称 项目类别`); a header cell too wide for its column wraps
 * over lines of its own (`环境管控` / `单元编码`, `申报地区或` / `单位`). The
 * lines are grouped into exactly as many cells as the rows have.
 */
import { emWidth, joinText } from '../../../read/source-line.ts';
import type { RepairNote, SourceBlock } from '../../../types.ts';
import { isCellFragment } from './rows.ts';

export interface FlatHeader {
  cells: string[];
  /** Block index of the first header line. */
  start: number;
  notes: RepairNote[];
}

const MAX_HEADER_LINES = 12;
const MAX_HEADER_CELL_WIDTH = 10;

interface HeaderLine {
  tokens: string[];
  line: number;
}

function headerLine(block: SourceBlock): HeaderLine | null {
  if (block.kind !== 'text') return null;
  const text = block.text.trim();
  const tokens = text.split(/[ \u3000]+/).filter(Boolean);
  const ok = isCellFragment(text) && !/[，、,]/.test(text) && tokens.every((t) => emWidth(t) <= MAX_HEADER_CELL_WIDTH);
  return ok ? { tokens, line: block.lines[0] } : null;
}

/**
 * Groups header lines into `width` cells: each token of a line with several
 * cells is a cell; runs of one-cell lines are cut into cells of an equal
 * number of lines (a wrapped header cell), or the grouping fails.
 */
export function groupHeader(lines: HeaderLine[], width: number): { cells: string[]; notes: RepairNote[] } | null {
  const spaced = lines.filter((l) => l.tokens.length > 1).reduce((n, l) => n + l.tokens.length, 0);
  const singles = lines.filter((l) => l.tokens.length === 1);
  const need = width - spaced;
  if (need < 0 || (singles.length === 0) !== (need === 0)) return null;
  const size = need === 0 ? 1 : singles.length / need;
  const runs: HeaderLine[][] = [[]];
  for (const l of lines) {
    if (l.tokens.length > 1) runs.push([]);
    else runs[runs.length - 1].push(l);
  }
  if (!Number.isInteger(size) || runs.some((r) => r.length % size !== 0)) return null;
  const cells: string[] = [];
  const notes: RepairNote[] = [];
  let run: HeaderLine[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i += size) {
      const part = run.slice(i, i + size);
      const cell = part.map((p) => p.tokens[0]).reduce(joinText);
      if (part.length > 1)
        notes.push({
          line: part[0].line,
          kind: 'join',
          note: `表头单元格跨行合并为“${cell}”（第 ${part.map((p) => p.line).join('、')} 行）`,
        });
      cells.push(cell);
    }
    run = [];
  };
  for (const l of lines) {
    if (l.tokens.length > 1) {
      flush();
      cells.push(...l.tokens);
    } else run.push(l);
  }
  flush();
  return cells.length === width ? { cells, notes } : null;
}

/** The header lines ending just before block `before`, grouped into `width` cells; the longest grouping wins. */
export function findHeader(blocks: SourceBlock[], before: number, width: number): FlatHeader | null {
  const lines: HeaderLine[] = [];
  for (let i = before - 1; i >= 0 && lines.length < MAX_HEADER_LINES; i--) {
    const line = headerLine(blocks[i]);
    if (!line) break;
    lines.unshift(line);
  }
  for (let skip = 0; skip < lines.length; skip++) {
    const grouped = groupHeader(lines.slice(skip), width);
    if (grouped) return { ...grouped, start: before - (lines.length - skip) };
  }
  return null;
}

/** Block index where the header-like lines above block `before` begin (for keeping a failed table whole). */
export function headerStart(blocks: SourceBlock[], before: number): number {
  let i = before;
  while (i > 0 && before - i < MAX_HEADER_LINES && headerLine(blocks[i - 1])) i--;
  return i;
}
