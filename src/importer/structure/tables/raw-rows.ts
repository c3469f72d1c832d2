/**
 * Raw rows of a table block, in the two layouts the exports use:
 * - TAB rows (PDF-derived): one row per line, cells separated by TABs;
 * - cell per line (Word-derived): each cell on its own TAB-led line, a blank
 *   line ends a row, a SPACE+TAB line opens a new row, any other line
 *   continues the last cell (NOTES 003, rules 1–5).
 */

export interface RawRow {
  cells: string[];
  /** 1-based source lines of the row. */
  lines: number[];
  /** The row was preceded by an empty line (a page break in PDF tables). */
  afterBlank: boolean;
}

export interface RawTable {
  layout: 'tab-rows' | 'cell-per-line';
  rows: RawRow[];
  /** Untabbed lines met while no row was open, or echoing a known item head (their line and text). */
  orphans: { line: number; text: string; beforeRow: number; echo: boolean }[];
}

/** U+3000 alone, or whitespace, is an empty cell. */
export const cleanCell = (text: string): string => text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

/** Picks the layout: cell-per-line when TAB-led lines carry no second TAB. */
export function detectLayout(rawLines: string[]): RawTable['layout'] {
  const tabbed = rawLines.filter((l) => l.includes('\t'));
  const multi = tabbed.filter((l) => l.replace(/^ ?\t/, '').replace(/\t+$/, '').includes('\t')).length;
  return multi > tabbed.length / 3 ? 'tab-rows' : 'cell-per-line';
}

/** @param echoes item heads of the document body: an untabbed line equal to one is a merged-cell echo, not cell text. */
export function readRawTable(rawLines: string[], lineNumbers: number[], echoes: Set<string> = new Set()): RawTable {
  const layout = detectLayout(rawLines);
  return layout === 'tab-rows' ? readTabRows(rawLines, lineNumbers) : readCellPerLine(rawLines, lineNumbers, echoes);
}

/** Key for comparing an item head with a table line: no spaces, no final 。. */
export const headKey = (text: string): string => text.replace(/[\s\u3000]+/g, '').replace(/[。.]$/, '');

function readTabRows(rawLines: string[], lineNumbers: number[]): RawTable {
  const rows: RawRow[] = [];
  const orphans: RawTable['orphans'] = [];
  let afterBlank = false;
  rawLines.forEach((line, i) => {
    if (line.trim() === '' && !line.includes('\t')) {
      afterBlank = true;
      return;
    }
    if (!line.includes('\t')) {
      orphans.push({ line: lineNumbers[i], text: line, beforeRow: rows.length, echo: false });
      return;
    }
    rows.push({ cells: line.split('\t'), lines: [lineNumbers[i]], afterBlank });
    afterBlank = false;
  });
  return { layout: 'tab-rows', rows, orphans };
}

function readCellPerLine(rawLines: string[], lineNumbers: number[], echoes: Set<string>): RawTable {
  const rows: RawRow[] = [];
  const orphans: RawTable['orphans'] = [];
  let open: RawRow | null = null;
  let afterBlank = false;
  rawLines.forEach((line, i) => {
    const n = lineNumbers[i];
    if (!line.includes('\t') && line.trim() === '') {
      open = null;
      afterBlank = true;
      return;
    }
    if (/^ \t/.test(line)) open = null;
    if (/^ ?\t/.test(line)) {
      if (!open) {
        open = { cells: [], lines: [], afterBlank };
        rows.push(open);
        afterBlank = false;
      }
      open.cells.push(line.replace(/^ ?\t/, ''));
      open.lines.push(n);
      return;
    }
    const echo = echoes.has(headKey(line));
    if (open && !echo) {
      const row: RawRow = open;
      row.cells[row.cells.length - 1] += `\n${line}`;
      row.lines.push(n);
      return;
    }
    orphans.push({ line: n, text: line, beforeRow: rows.length, echo });
  });
  return { layout: 'cell-per-line', rows, orphans };
}
