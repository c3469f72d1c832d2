/**
 * Fill-down of merged cells in a rebuilt flattened table: a category printed
 * on a group's first row only is copied to the group's later rows. When row
 * keys carry a classification (`Ⅶ—9` belongs to Ⅶ), a value is copied only
 * within one classification; a row left without a value is flagged.
 */
import type { RepairNote } from '../../../types.ts';

export interface FillRow {
  cells: string[];
  /** Source line of the row's first line. */
  line: number;
  /** Classification from the row key, when it has one. */
  group: string | null;
}

/** Fills empty cells of the given columns from the row above; one note per filled run. */
export function fillDown(rows: FillRow[], columns: number[], header: string[]): RepairNote[] {
  const notes: RepairNote[] = [];
  for (const c of columns) {
    let source: FillRow | null = null;
    let filled: FillRow[] = [];
    const flush = () => {
      if (source && filled.length) {
        notes.push({
          line: filled[0].line,
          kind: 'fill-down',
          note: `合并单元格向下填充：“${header[c]}”列取第 ${source.line} 行的“${source.cells[c].replace(/\n/g, '、')}”，填入第 ${filled.map((r) => r.line).join('、')} 行`,
        });
      }
      filled = [];
    };
    for (const row of rows) {
      if (row.cells[c] !== '') {
        flush();
        source = row;
      } else if (source && source.group === row.group) {
        row.cells[c] = source.cells[c];
        filled.push(row);
      } else {
        notes.push({ line: row.line, kind: 'flag', note: `“${header[c]}”列为空，上方没有同一分类的行可供填充，留空` });
      }
    }
    flush();
  }
  return notes;
}
