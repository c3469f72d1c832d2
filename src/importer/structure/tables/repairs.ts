/**
 * Repairs inside cell-per-line tables: loose lines that echo a merged cell
 * (a body item head printed outside the cells) go back into the row they
 * belong to, and cell lines cut by the cell width are joined. Each is logged.
 */
import { UNIT_NAME_END } from '../../vocabulary/organisations.ts';
import type { RepairNote } from '../../types.ts';
import { cleanCell, type RawTable } from './raw-rows.ts';
import type { ShapedRow } from './shaped.ts';

/**
 * A merged cell's text printed as a loose line (an echo of a body item head)
 * is the missing second cell of the next row whose leading cells are empty;
 * its missing 序号 is the previous one + 1.
 */
export function placeEchoes(raw: RawTable, rows: ShapedRow[], notes: RepairNote[]): void {
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
    const prev = rows
      .slice(0, k)
      .reverse()
      .find((r) => !r.group && /^\d+$/.test(r.cells[0]));
    if (prev) row.cells[0] = String(Number(prev.cells[0]) + 1);
    notes.push({
      line: o.line,
      kind: 'reorder',
      note: `表格行重建：游离的“${text}”是正文条目标题的合并单元格，移入第 ${o.beforeRow} 行之后的行${prev ? `，补序号 ${row.cells[0]}` : ''}`,
    });
  }
}

/** Organisation names end a line of a unit cell; a line ending otherwise was wrapped. */

/**
 * A cell line cut by the cell width (联动共建 / 科学城, 招商领导小组 / 成员单位) joins the next
 * line without separator; a （…） line qualifies the line above. Lines ending in
 * punctuation, digits or an organisation name, and numbered items, stay separate.
 */
export function joinWrappedLines(cell: string, line: number, notes: RepairNote[]): string {
  if (!cell.includes('\n')) return cell;
  const parts = cell
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    const prev = out.at(-1);
    const qualifier = /^[（(][^（）()]*[）)]$/.test(part);
    const wrapped =
      prev !== undefined &&
      /[\u4e00-\u9fa5]$/.test(prev) &&
      prev.replace(/\s/g, '').length >= 4 &&
      !UNIT_NAME_END.test(prev) &&
      !/^[①-⑳]|^\d+[.．、]|^[（(]\d+[）)]/.test(part);
    if (prev !== undefined && (qualifier || wrapped)) {
      out[out.length - 1] = `${prev}${part}`;
      notes.push({ line, kind: 'join', note: `单元格内折行合并：“${prev}”+“${part}”` });
    } else out.push(part);
  }
  return out.join('\n');
}
