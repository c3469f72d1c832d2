/**
 * Stage 1's repair notes belong to the entry whose source lines contain them
 * (the innermost one, for a forwarded notice inside its parent); notes in the
 * gazette's cover, contents or colophon go to the gazette.
 */
import type { RepairNote } from '../types.ts';
import type { DocumentDraft, GazetteDraft } from '../structure/model.ts';

export function distributeNotes(notes: RepairNote[], docs: DocumentDraft[], gazette: GazetteDraft | null) {
  const perDocument: RepairNote[][] = docs.map(() => []);
  const gazetteNotes: RepairNote[] = [];
  const unplaced: RepairNote[] = [];
  for (const note of notes) {
    let best = -1;
    docs.forEach((d, i) => {
      if (note.line === null || note.line < d.lines[0] || note.line > d.lines[1]) return;
      if (best < 0 || d.lines[1] - d.lines[0] < docs[best].lines[1] - docs[best].lines[0]) best = i;
    });
    if (best >= 0) perDocument[best].push(note);
    else if (gazette) gazetteNotes.push(note);
    else unplaced.push(note);
  }
  return { perDocument, gazetteNotes, unplaced };
}
