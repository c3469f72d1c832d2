/**
 * --accept-incomplete: the webmaster has confirmed that an export which ends
 * inside a document is what there is. Each such document is published with
 * `incomplete` set (its page says so) and an importNote, never silently.
 */
import type { StructuredExport } from '../structure/model.ts';
import type { PlannedEntry } from '../write/entries.ts';
import type { RepairNote } from '../types.ts';
import type { Incompleteness } from './completeness.ts';

export function markIncomplete(structured: StructuredExport, entries: PlannedEntry[], found: Incompleteness[]): void {
  for (const f of found) {
    const doc = f.document === null ? null : structured.documents[f.document];
    const entry = doc ? entries.find((e) => e.doc === doc) : entries.find((e) => e.collection === 'gazettes');
    if (!entry) continue;
    const note: RepairNote = {
      line: f.line,
      kind: 'incomplete',
      note: `导出文本不完整，按 --accept-incomplete 导入：${f.missing}`,
    };
    entry.data.importNotes = [...((entry.data.importNotes as RepairNote[]) ?? []), note];
    const marks = (entry.data.incomplete as { line: number; missing: string }[] | undefined) ?? [];
    entry.data.incomplete = [...marks, { line: f.line, missing: f.missing }];
    if (entry.collection === 'gazettes') markAbsentContents(entry);
  }
}

/** Contents entries whose documents the export does not hold point to nothing, said so explicitly. */
function markAbsentContents(entry: PlannedEntry): void {
  const contents = entry.data.contents as { report: string | null; notice: string | null; absent?: boolean }[];
  for (const c of contents) if (!c.report && !c.notice) c.absent = true;
}
