/**
 * Runs of rows in a flattened table: lines whose starts match one row-key
 * pattern (row-keys.ts) in sequence, each followed by the short fragments
 * that complete its row. For article rows the short unpunctuated lines
 * printed before an article are its merged leading cell (`空间布局`/`约束`).
 */
import {
  isAttachmentLine,
  isDateLine,
  isLabelLine,
  isPrintedLine,
  isStatusLine,
  isWenhaoLine,
} from '../../../vocabulary/document-lines.ts';
import { emWidth } from '../../../read/source-line.ts';
import type { SourceBlock } from '../../../types.ts';
import { readMarker } from '../../numbering.ts';
import { ROW_KEY_KINDS, type KeyMatch, type RowKeyKind } from './row-keys.ts';

/** One printed line (or one block) of a flattened table. */
export interface Fragment {
  text: string;
  line: number;
}

export interface KeyedRow {
  key: KeyMatch;
  keyLine: Fragment;
  /** Lines after the key line that belong to the row. */
  fragments: Fragment[];
  /** Merged leading cell printed before the key line (article rows). */
  leading: Fragment[];
}

export interface KeyedRun {
  kind: RowKeyKind;
  rows: KeyedRow[];
  /** Block index of the first row's first line, and one past the last row's last line. */
  start: number;
  end: number;
}

/** Rows that make a run a table. */
export const MIN_ROWS = 3;
/** Lines a row may run over after its key line. */
const MAX_FRAGMENTS = 12;
/** Widest cell fragment (em): table cells are narrow, prose lines run to the ~28 em margin. */
const MAX_FRAGMENT_WIDTH = 18;
/** Leading (merged) cells of article rows: a few short lines. */
const MAX_LEADING = 3;
const MAX_LEADING_WIDTH = 8;

const fragmentOf = (block: SourceBlock): Fragment => ({ text: block.text.trim(), line: block.lines[0] });

/** Lines that end a table (an organisation name is a cell, so issuer lines do not). */
const endsTable = (text: string) =>
  isLabelLine(text) ||
  isWenhaoLine(text) ||
  isDateLine(text) ||
  isStatusLine(text) ||
  isPrintedLine(text) ||
  isAttachmentLine(text);

const isPlain = (text: string) => !endsTable(text) && readMarker(text) === null;

/** A short line that continues a row: no sentence end, no clause punctuation. */
export function isCellFragment(text: string): boolean {
  return text !== '' && isPlain(text) && emWidth(text) <= MAX_FRAGMENT_WIDTH && !/[。；！？：]/.test(text);
}

/** A short unpunctuated line without spaces: a wrapped part of a merged leading cell. */
export function isLeadingLine(text: string): boolean {
  return text !== '' && isPlain(text) && emWidth(text) <= MAX_LEADING_WIDTH && !/[\s\u3000，。、；：！？,.]/.test(text);
}

function keyAt(blocks: SourceBlock[], i: number, kind: RowKeyKind): KeyMatch | null {
  const block = blocks[i];
  if (block?.kind !== 'text') return null;
  const text = block.text.trim();
  const key = kind.match(text);
  return key && !endsTable(text) ? key : null;
}

/** Grows a run of rows of one kind from the key line at block i. */
function growRun(blocks: SourceBlock[], i: number, kind: RowKeyKind, first: KeyMatch): KeyedRun {
  let start = i;
  const leading: Fragment[] = [];
  if (kind.prose) {
    while (
      start > 0 &&
      leading.length < MAX_LEADING &&
      blocks[start - 1].kind === 'text' &&
      isLeadingLine(blocks[start - 1].text.trim())
    ) {
      leading.unshift(fragmentOf(blocks[--start]));
    }
  }
  const rows: KeyedRow[] = [{ key: first, keyLine: fragmentOf(blocks[i]), fragments: [], leading }];
  let pending: Fragment[] = [];
  let j = i + 1;
  for (; j < blocks.length && blocks[j].kind === 'text'; j++) {
    const last = rows[rows.length - 1];
    const text = blocks[j].text.trim();
    const key = keyAt(blocks, j, kind);
    if (key && kind.follows(last.key, key)) {
      if (!kind.prose) last.fragments.push(...pending);
      rows.push({ key, keyLine: fragmentOf(blocks[j]), fragments: [], leading: kind.prose ? pending : [] });
      pending = [];
    } else if (kind.singleLine) break;
    else if (kind.prose && isLeadingLine(text) && pending.length < MAX_LEADING) pending.push(fragmentOf(blocks[j]));
    else if (kind.prose && pending.length === 0 && isPlain(text) && !/[。；！？]$/.test(rowText(last)))
      last.fragments.push(fragmentOf(blocks[j]));
    else if (!kind.prose && isCellFragment(text) && pending.length < MAX_FRAGMENTS) pending.push(fragmentOf(blocks[j]));
    else break;
  }
  // Short lines after the last article open no row: they are not part of the table.
  if (kind.prose) j -= pending.length;
  else rows[rows.length - 1].fragments.push(...pending);
  return { kind, rows, start, end: j };
}

const rowText = (row: KeyedRow) => [row.keyLine, ...row.fragments].map((f) => f.text).join('');

/** Every run of at least MIN_ROWS rows, in block order, not overlapping. */
export function findKeyedRuns(blocks: SourceBlock[]): KeyedRun[] {
  const runs: KeyedRun[] = [];
  let i = 0;
  while (i < blocks.length) {
    let found: KeyedRun | null = null;
    for (const kind of ROW_KEY_KINDS) {
      const key = keyAt(blocks, i, kind);
      if (!key) continue;
      const run = growRun(blocks, i, kind, key);
      if (run.rows.length >= MIN_ROWS && run.start >= (runs.at(-1)?.end ?? 0)) {
        found = run;
        break;
      }
    }
    if (found) runs.push(found);
    i = found ? found.end : i + 1;
  }
  return runs;
}
