/** Shared helpers for the reader tests: the real seed exports and a pipeline for synthetic fixtures. */
import { readFileSync } from 'node:fs';
import { cleanExport } from '../../../src/importer/read/clean.ts';
import { readExport } from '../../../src/importer/read/index.ts';
import { joinHardWrapped } from '../../../src/importer/read/join-hard-wrapped.ts';
import { joinPdf } from '../../../src/importer/read/join-pdf.ts';
import { joinWord } from '../../../src/importer/read/join-word.ts';
import { segmentTables } from '../../../src/importer/read/tables.ts';
import { SEED_FILES as SEED, seedPath } from '../../../src/bench/seeds.ts';
import type { ExportStyle, ReadResult, SourceBlock } from '../../../src/importer/types.ts';

export { SEED_FILES as SEED } from '../../../src/bench/seeds.ts';

const cache = new Map<string, ReadResult>();

export function seedBytes(id: keyof typeof SEED): Buffer {
  return readFileSync(seedPath(id));
}

/** readExport on a seed, read once per test file. */
export function readSeed(id: keyof typeof SEED): ReadResult {
  if (!cache.has(id)) cache.set(id, readExport(seedBytes(id), SEED[id]));
  return cache.get(id)!;
}

/** Stage 1 on synthetic lines with a forced style (fixtures are too small for style detection). */
export function runStyle(lines: string[], style: ExportStyle) {
  const cleaned = cleanExport(lines);
  const segments = segmentTables(cleaned.lines);
  const joined =
    style === 'pdf'
      ? joinPdf(segments)
      : style === 'hard-wrapped'
        ? joinHardWrapped(segments, cleaned.footers)
        : joinWord(segments);
  return { blocks: joined.blocks, notes: [...cleaned.notes, ...joined.notes] };
}

export const texts = (blocks: SourceBlock[]) => blocks.map((b) => b.text);

/** The block that contains a source line. */
export function blockAt(result: { blocks: SourceBlock[] }, line: number): SourceBlock | undefined {
  return result.blocks.find((b) => b.lines[0] <= line && line <= b.lines[1]);
}

/**
 * Cell-per-line table rows by the rules of NOTES.md (003 traps): a blank line
 * closes a row; `⇥` adds a cell; ` ⇥` opens a new row; other lines continue the
 * last cell. Returns the cell counts of the rows, header included.
 */
export function wordRows(rawLines: string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  for (const line of rawLines) {
    if (line === '' || (!line.includes('\t') && /^\s*$/.test(line))) {
      if (row) rows.push(row);
      row = null;
    } else if (line.startsWith(' \t')) {
      if (row) rows.push(row);
      row = [line.slice(2)];
    } else if (line.startsWith('\t')) {
      (row ??= []).push(line.slice(1));
    } else if (row) {
      row[row.length - 1] += `\n${line}`;
    }
  }
  if (row) rows.push(row);
  return rows;
}
