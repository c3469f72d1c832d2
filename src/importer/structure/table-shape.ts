/**
 * Turns raw rows into a rectangular table: header cells joined, rows aligned
 * to the header, page-break continuation rows merged (TAB rows), merged
 * leading cells filled down, a 序号 column numbered by position when the
 * printed numbers are the row positions. Every change is recorded.
 */
import type { RepairNote } from '../types.ts';
import { cleanCell, type RawTable } from './table-rows.ts';

export interface ShapedRow {
  cells: string[];
  /** A one-cell row spanning the table: a group or caption row. */
  group: boolean;
  lines: number[];
  /** Index of the raw row it came from (0 = header). */
  raw: number;
}

export interface ShapedTable {
  header: string[];
  rows: ShapedRow[];
  notes: RepairNote[];
}

const CIRCLED = /^[①-⑳]/;

export function shapeTable(raw: RawTable): ShapedTable {
  const notes: RepairNote[] = [];
  const [first, ...rest] = raw.rows;
  let header = first.cells.map((c) => {
    const joined = cleanCell(c).replace(/\s*\n\s*/g, '');
    if (/\n/.test(cleanCell(c))) notes.push({ line: first.lines[0], kind: 'join', note: `表头单元格跨行合并为“${joined}”` });
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
    const isContinuation = prev && !prev.group && !row.group && row.cells[0] === '' && !row.cells.some((c) => CIRCLED.test(c));
    if (isContinuation) {
      row.cells.forEach((c, i) => {
        if (c) prev.cells[i] = `${prev.cells[i]}${c}`;
      });
      prev.lines.push(...row.lines);
      notes.push({ line: row.lines[0], kind: 'page-join', note: `表格续行并入上一行：“${row.cells.filter(Boolean).join('”“')}”` });
      continue;
    }
    if (prev && !row.group && row.cells[0] === '' && row.cells[1] && row.cells.slice(2).some((c) => CIRCLED.test(c))) {
      const owner = [...out].reverse().find((r) => !r.group && r.cells[1]);
      if (owner) {
        const fragment = row.cells[1];
        if (owner.cells[1].endsWith(fragment)) {
          notes.push({ line: row.lines[0], kind: 'debris', note: `删除重复的名称残片“${fragment}”（“${owner.cells[1]}”已以其结尾）` });
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
  notes.push({ line: data[0].lines[0], kind: 'normalise', note: `序号按行位置补全 ${missing} 处（印出的 ${printed.length} 个序号均等于其行位置）` });
}

/**
 * A merged cell's text printed as a loose line (an echo of a body item head)
 * is the missing second cell of the next row whose leading cells are empty;
 * its missing 序号 is the previous one + 1.
 */
function placeEchoes(raw: RawTable, rows: ShapedRow[], notes: RepairNote[]): void {
  const used = new Set<string>();
  for (const o of raw.orphans.filter((x) => x.echo)) {
    const text = cleanCell(o.text);
    if (used.has(text)) {
      notes.push({ line: o.line, kind: 'debris', note: `删除表格中重复的合并单元格文字“${text}”` });
      continue;
    }
    const k = rows.findIndex((r) => r.raw >= o.beforeRow && !r.group);
    const row = rows[k];
    if (!row || row.cells[0] !== '' || row.cells[1] !== '') {
      notes.push({ line: o.line, kind: 'flag', note: `表格中的游离文字“${text}”无法归入任何一行，已删除` });
      continue;
    }
    used.add(text);
    row.cells[1] = text;
    const prev = rows.slice(0, k).reverse().find((r) => !r.group && /^\d+$/.test(r.cells[0]));
    if (prev) row.cells[0] = String(Number(prev.cells[0]) + 1);
    notes.push({ line: o.line, kind: 'reorder', note: `表格行重建：游离的“${text}”是正文条目标题的合并单元格，移入第 ${o.beforeRow} 行之后的行${prev ? `，补序号 ${row.cells[0]}` : ''}` });
  }
}

/** Organisation names end a line of a unit cell; a line ending otherwise was wrapped. */
const ORG_END = /(局|委|办|部|室|会|司|镇|街道|部门|单位|企业|中心|机关|联|协|队|院|所|站|处|厅|府|政府|公司|集团)$/;

/**
 * A cell line cut by the cell width (联动共建 / 科学城, 招商领导小组 / 成员单位) joins the next
 * line without separator; a （…） line qualifies the line above. Lines ending in
 * punctuation, digits or an organisation name, and numbered items, stay separate.
 */
function joinWrappedLines(cell: string, line: number, notes: RepairNote[]): string {
  if (!cell.includes('\n')) return cell;
  const parts = cell.split('\n').map((l) => l.trim()).filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    const prev = out.at(-1);
    const qualifier = /^[（(][^（）()]*[）)]$/.test(part);
    const wrapped = prev !== undefined && /[\u4e00-\u9fa5]$/.test(prev) && prev.replace(/\s/g, '').length >= 4 && !ORG_END.test(prev) && !/^[①-⑳]|^\d+[.．、]|^[（(]\d+[）)]/.test(part);
    if (prev !== undefined && (qualifier || wrapped)) {
      out[out.length - 1] = `${prev}${part}`;
      notes.push({ line, kind: 'join', note: `单元格内折行合并：“${prev}”+“${part}”` });
    } else out.push(part);
  }
  return out.join('\n');
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
  if (done.length) notes.push({ line: rows[0]?.lines[0] ?? null, kind: 'fill-down', note: `合并单元格向下填充：${done.join('，')}` });
}
