/**
 * Debris removal over the whole export: page furniture first (it needs the
 * neighbouring lines), then the debris inside each remaining line.
 */
import type { RepairNote } from '../types.ts';
import { removeLineDebris } from './debris.ts';
import { findPageFurniture } from './page-furniture.ts';
import { isBlank, type CleanLine } from './source-line.ts';

export interface CleanedExport {
  /** Lines without debris, blank lines kept ('' text), in source order. */
  lines: CleanLine[];
  /** Printed page numbers found, for page numbering. */
  footers: { line: number; page: number }[];
  notes: RepairNote[];
}

/** Removes page furniture and in-line debris from the decoded source lines. */
export function cleanExport(sourceLines: string[]): CleanedExport {
  const furniture = findPageFurniture(sourceLines);
  const notes: RepairNote[] = [...furniture.notes];
  const lines: CleanLine[] = [];
  let pageEnded = false;

  sourceLines.forEach((raw, i) => {
    if (furniture.drop.has(i)) {
      pageEnded = true;
      return;
    }
    const result = removeLineDebris(raw, i + 1);
    notes.push(...result.notes);
    for (const line of result.lines) {
      if (pageEnded && !isBlank(line.text)) {
        line.afterPageFurniture = true;
        pageEnded = false;
      }
      lines.push(line);
    }
  });

  notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { lines, footers: furniture.footers, notes };
}
