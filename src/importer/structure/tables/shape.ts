/**
 * Turns raw rows into a rectangular table: header cells joined, rows aligned
 * to the header, page-break continuation rows merged (TAB rows), merged
 * leading cells filled down, a 序号 column numbered by position when the
 * printed numbers are the row positions. Every change is recorded.
 */
import type { RepairNote } from '../../types.ts';
import { cleanCell, type RawTable } from './raw-rows.ts';
import { joinWrappedLines, placeEchoes } from './repairs.ts';
import type { ShapedRow, ShapedTable } from './shaped.ts';

const CIRCLED = /^[①-⑳]/;

export function shapeTable(raw: RawTable): ShapedTable {
  const notes: RepairNote[] = [];
  const [first, ...rest] = raw.rows;
  let header = first.cells.map((c) => {
    const joined = cleanCell(c).replace(/\s*\n\s*/g, '');
    if (/\n/.test(cleanCell(c)))
      notes.push({ line: first.lines[0], kind: 'join', note: `表头单元格跨行合并为“${joined}”` });
    return joined;
  });
  while (header.length > 1 && header.at(-1) === '') header.pop();
  let rows: ShapedRow[] = [];
  for (const [k, r] of rest.entries()) {
    const cells = r.cells.map(cleanCell);
    if (cells.every((c) => c === '')) {
      notes.push({ line: r.lines[0], kind: 'debris', note: `删除空白表格行（${cells.length} 个空单元格）` });
      continue;
    }
    if (raw.layout === 'tab-rows') while (cells.length > header.length && cells.at(-1) === '') cells.pop();
    rows.push({ cells, group: cells.length === 1 && header.length > 1, lines: r.lines, raw: k + 1 });
  }
  const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
  header = widenHeader(header, width);
  rows = rows.map((r) => (r.group ? r : { ...r, cells: align(r.cells, width, raw.layout) }));
  if (raw.layout === 'tab-rows') rows = mergeContinuations(rows, notes);
  else for (const row of rows) row.cells = row.cells.map((c) => joinWrappedLines(c, row.lines[0], notes));
  placeEchoes(raw, rows, notes);
  numberByPosition(header, rows, notes);
  fillDown(header, rows, notes);
  return { header, rows, notes };
}

/** Header narrower than the rows: the first cell stays left, the last ones right, the leftover spans the gap. */
function widenHeader(header: string[], width: number): string[] {
  if (header.length >= width) return header;
  if (header.length < 3) return [...header, ...Array(width - header.length).fill('')];
  const gap = width - header.length;
  return [header[0], header[1], ...Array(gap).fill(''), ...header.slice(2)];
}

/** TAB rows pad trailing cells; cell-per-line rows are short on the left (merged leading cells). */
function align(cells: string[], width: number, layout: RawTable['layout']): string[] {
  if (cells.length >= width) return cells;
  const pad = Array(width - cells.length).fill('');
  return layout === 'tab-rows' ? [...cells, ...pad] : [...pad, ...cells];
}

/** A PDF row cut by a page break goes on in a row with an empty first cell and no new measure number. */
function mergeContinuations(rows: ShapedRow[], notes: RepairNote[]): ShapedRow[] {
  const out: ShapedRow[] = [];
  for (const row of rows) {
    const prev = out.at(-1);
    const isContinuation =
      prev && !prev.group && !row.group && row.cells[0] === '' && !row.cells.some((c) => CIRCLED.test(c));
    if (isContinuation) {
      row.cells.forEach((c, i) => {
        if (c) prev.cells[i] = `${prev.cells[i]}${c}`;
      });
      prev.lines.push(...row.lines);
      notes.push({
        line: row.lines[0],
        kind: 'page-join',
        note: `表格续行并入上一行：“${row.cells.filter(Boolean).join('”“')}”`,
      });
      continue;
    }
    if (prev && !row.group && row.cells[0] === '' && row.cells[1] && row.cells.slice(2).some((c) => CIRCLED.test(c))) {
      const owner = [...out].reverse().find((r) => !r.group && r.cells[1]);
      if (owner) {
        const fragment = row.cells[1];
        if (owner.cells[1].endsWith(fragment)) {
          notes.push({
            line: row.lines[0],
            kind: 'debris',
            note: `删除重复的名称残片“${fragment}”（“${owner.cells[1]}”已以其结尾）`,
          });
        } else {
          owner.cells[1] += fragment;
          notes.push({ line: row.lines[0], kind: 'page-join', note: `名称残片“${fragment}”并入“${owner.cells[1]}”` });
        }
        row.cells[1] = '';
      }
    }
    out.push(row);
  }
  return out;
}

function numberByPosition(header: string[], rows: ShapedRow[], notes: RepairNote[]): void {
  if (header[0]?.replace(/\s/g, '') !== '序号') return;
  const data = rows.filter((r) => !r.group);
  const printed = data.map((r, i) => ({ i, value: r.cells[0] })).filter((p) => p.value !== '');
  const missing = data.length - printed.length;
  if (missing === 0 || printed.length === 0) return;
  if (!printed.every((p) => p.value === String(p.i + 1))) return;
  data.forEach((r, i) => {
    if (r.cells[0] === '') r.cells[0] = String(i + 1);
  });
  notes.push({
    line: data[0].lines[0],
    kind: 'normalise',
    note: `序号按行位置补全 ${missing} 处（印出的 ${printed.length} 个序号均等于其行位置）`,
  });
}

/** Merged leading cells hold a value on a group's first row only: copy it down. */
function fillDown(header: string[], rows: ShapedRow[], notes: RepairNote[]): void {
  const grouping = Math.max(1, Math.floor(header.length / 2));
  const counts = Array(grouping).fill(0);
  let prev: ShapedRow | null = null;
  for (const row of rows) {
    if (row.group) {
      prev = null;
      continue;
    }
    for (let c = 0; c < grouping; c++) {
      const later = row.cells.slice(c + 1).some(Boolean);
      if (row.cells[c] === '' && prev?.cells[c] && later) {
        row.cells[c] = prev.cells[c];
        counts[c]++;
      }
    }
    prev = row;
  }
  const done = counts.map((n, c) => (n ? `“${header[c] || `第${c + 1}列`}”${n} 处` : '')).filter(Boolean);
  if (done.length)
    notes.push({ line: rows[0]?.lines[0] ?? null, kind: 'fill-down', note: `合并单元格向下填充：${done.join('，')}` });
}
