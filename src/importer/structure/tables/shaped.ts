/**
 * A table after shaping: rows aligned to the header, each remembering the
 * raw row and source lines it came from. Shared by the shaper and the
 * repairs it calls.
 */
import type { RepairNote } from '../../types.ts';

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
