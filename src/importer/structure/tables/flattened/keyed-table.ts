/**
 * Rebuilds flattened tables whose rows are recognised by a recurring row
 * start (rows.ts) as GFM tables: header from the lines above the first
 * row (header.ts), cells cut from each row's fragments (cells.ts),
 * category cells filled down (fill-down.ts). Every repair is recorded.
 * A run that looks like a table but cannot be cut reliably stays a
 * preformatted block of its printed lines, with the reason.
 */
import type { RepairNote, SourceBlock } from '../../../types.ts';
import { cellText, cutRow, pieces, tokenize, type Token } from './cells.ts';
import { fillDown, type FillRow } from './fill-down.ts';
import { findHeader, headerStart } from './header.ts';
import { findKeyedRuns, type KeyedRow, type KeyedRun } from './rows.ts';
import type { BodyNode } from '../../model.ts';
import { ColumnProfile } from './column-profile.ts';
import { joinText } from '../../../read/source-line.ts';

export interface KeyedTable {
  /** Block range [start, end) the table replaces. */
  start: number;
  end: number;
  nodes: BodyNode[];
  notes: RepairNote[];
}

/** Header of a name + unit list printed without one. */
const NAME_UNIT_HEADER = ['姓名', '单位'];

type Built =
  | { header: string[]; rows: FillRow[]; fill: number[]; start: number; notes: RepairNote[] }
  | { failed: string; start: number }
  | null;

export function findKeyedTables(blocks: SourceBlock[]): KeyedTable[] {
  const tables: KeyedTable[] = [];
  for (const run of findKeyedRuns(blocks)) {
    const built = run.kind.prose
      ? articleRows(blocks, run)
      : run.kind.singleLine
        ? nameUnitRows(blocks, run)
        : codedRows(blocks, run);
    if (built) tables.push(finish(blocks, run, built));
  }
  return tables;
}

function finish(blocks: SourceBlock[], run: KeyedRun, built: NonNullable<Built>): KeyedTable {
  const lines: [number, number] = [blocks[built.start].lines[0], blocks[run.end - 1].lines[1]];
  if ('failed' in built) {
    const text = blocks
      .slice(built.start, run.end)
      .map((b) => b.text.trim())
      .join('\n');
    const note = `第 ${lines[0]}–${lines[1]} 行的表格在导出时被拆成单行，各行以${run.kind.label}开头，但${built.failed}，无法可靠重建，按原样保留为预排版文本`;
    return {
      start: built.start,
      end: run.end,
      nodes: [{ type: 'preformatted', text, lines }],
      notes: [{ line: lines[0], kind: 'flag', note }],
    };
  }
  const notes = [...built.notes, ...fillDown(built.rows, built.fill, built.header)];
  notes.unshift({
    line: lines[0],
    kind: 'table',
    note: `第 ${lines[0]}–${lines[1]} 行的表格在导出时被拆成单行，按各行行首的${run.kind.label}重建为 ${built.rows.length} 行 ${built.header.length} 列的表格`,
  });
  const node: BodyNode = { type: 'table', header: built.header, rows: built.rows.map((r) => r.cells), lines };
  return { start: built.start, end: run.end, nodes: [node], notes };
}

const fillRow = (row: KeyedRow, cells: string[]): FillRow => ({
  cells,
  line: row.leading[0]?.line ?? row.keyLine.line,
  group: row.key.group,
});

/** Article rows: a merged leading cell (category) and the article as one prose cell. */
function articleRows(blocks: SourceBlock[], run: KeyedRun): Built {
  const header = findHeader(blocks, run.start, 2);
  // Articles without a header and a leading cell are a regulation's text, not a table.
  if (!header || run.rows[0].leading.length === 0) return null;
  const notes = [...header.notes];
  const rows = run.rows.map((row) => {
    const leading = row.leading.map((f) => f.text).reduce(joinText, '');
    if (row.leading.length > 1) notes.push(joinNote(row.leading, leading));
    return fillRow(row, [leading, [row.keyLine, ...row.fragments].map((f) => f.text).reduce(joinText, '')]);
  });
  return { header: header.cells, rows, fill: [0], start: header.start, notes };
}

/** One-line name + unit rows; a list printed without a header gets one, recorded. */
function nameUnitRows(blocks: SourceBlock[], run: KeyedRun): Built {
  const header = findHeader(blocks, run.start, 2);
  const notes = header
    ? header.notes
    : [
        {
          line: run.rows[0].keyLine.line,
          kind: 'header',
          note: `原表无表头行，按各行内容（姓名、单位）补充表头“${NAME_UNIT_HEADER.join('”“')}”`,
        },
      ];
  const rows = run.rows.map((row) => fillRow(row, [...row.key.cells]));
  return { header: header?.cells ?? NAME_UNIT_HEADER, rows, fill: [], start: header?.start ?? run.start, notes };
}

/** Rows opened by a code: the key's cells, then the row's tokens cut into the remaining columns. */
function codedRows(blocks: SourceBlock[], run: KeyedRun): Built {
  const tokens = run.rows.map((row) =>
    [
      tokenize(row.key.rest, row.keyLine.line, 0),
      ...row.fragments.map((f, i) => tokenize(f.text, f.line, i + 1)),
    ].flat(),
  );
  const oneLine = run.rows.map((row, i) => (row.fragments.length === 0 ? i : -1)).filter((i) => i >= 0);
  const start = headerStart(blocks, run.start);
  if (oneLine.length === 0) return { failed: '没有一行印在同一行上，无法确定列数', start };
  const columns = Math.max(...oneLine.map((i) => tokens[i].length));
  const width = run.kind.keyCells + columns;
  const header = findHeader(blocks, run.start, width);
  if (!header) return { failed: `表头无法分成与各行相同的 ${width} 列`, start };
  const profiles = Array.from({ length: columns }, () => new ColumnProfile());
  for (const i of oneLine)
    if (tokens[i].length === columns) tokens[i].forEach((t, c) => profiles[c].learn(t.text, true));
  const notes = [...header.notes];
  const cells: string[][] = [];
  // One-line rows first: their values tell the multi-line rows' fragments apart.
  const order = [...oneLine, ...run.rows.map((_, i) => i).filter((i) => !oneLine.includes(i))];
  for (const i of order) {
    const cut = cutRow(tokens[i], profiles);
    if (!cut.reliable) return { failed: `第 ${run.rows[i].keyLine.line} 行起的一行无法可靠地分入 ${width} 列`, start };
    cells[i] = cut.groups.map((group, c) => cellText(group, profiles[c]));
    cut.groups.forEach((group, c) => {
      for (const value of cells[i][c].split('\n')) profiles[c].learn(value);
      if (cells[i][c].includes('\n')) return;
      if (pieces(group).length > 1) notes.push(joinNote(pieces(group), cells[i][c]));
    });
    if (run.rows[i].fragments.length > 0) notes.push(...splitNotes(cut.groups));
  }
  const rows = run.rows.map((row, i) => fillRow(row, [...row.key.cells, ...cells[i]]));
  const fill = profiles.map((p, c) => (p.category ? run.kind.keyCells + c : -1)).filter((c) => c >= 0);
  return { header: header.cells, rows, fill, start: header.start, notes };
}

function joinNote(parts: { text: string; line: number }[], joined: string): RepairNote {
  return {
    line: parts[0].line,
    kind: 'join',
    note: `表格单元格跨行合并为“${joined}”（第 ${parts.map((p) => p.line).join('、')} 行）`,
  };
}

/** In a row printed over several lines, a line holding several cells was split at its spaces. */
function splitNotes(groups: Token[][]): RepairNote[] {
  const byLine = new Map<number, string[]>();
  for (const group of groups) {
    for (const p of pieces(group)) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p.text]);
  }
  return [...byLine]
    .filter(([, cells]) => cells.length > 1)
    .map(([line, cells]) => ({
      line,
      kind: 'split',
      note: `第 ${line} 行含 ${cells.length} 个单元格，按空格拆分为“${cells.join('”“')}”`,
    }));
}
