/**
 * Which editions a document has after an import with --edition, and which of
 * them is canonical, computed from what is stored and what arrives without
 * touching the disk. An incoming export is the edition stored from the same
 * export file, else a new edition: `gazette` when it was printed in a gazette
 * issue, `online` otherwise (-2, -3 when taken). The canonical edition is the
 * webmaster's choice (--canonical), else the gazette's printed edition when
 * one arrives, else the one that was canonical. The result depends only on
 * the editions' texts and data, so importing any edition again changes nothing.
 */
import type { EditionRef } from '../../schemas/edition.ts';
import { editionLabel } from '../../lib/editions/labels.ts';

/** An edition with what the planner knows of it: its data only when it is or becomes canonical. */
export interface EditionText {
  ref: EditionRef;
  body: string;
  /** Full document data (canonical edition, or the incoming one); null for a stored non-canonical edition. */
  data: Record<string, unknown> | null;
  importNotes: unknown[];
}

export interface MergedEditions {
  editions: EditionText[];
  /** Id of the incoming edition. */
  incomingId: string;
  /** Id of the canonical edition after the import. */
  canonicalId: string;
  /** Id of the edition that was canonical before, when another one is now. */
  displacedId: string | null;
}

/** A problem the webmaster must fix (in Chinese); nothing is written. */
export class EditionError extends Error {}

/** The edition an entry's data describes, as a list item. */
export function editionRefOf(id: string, data: Record<string, unknown>, canonical: boolean): EditionRef {
  return {
    id,
    label: editionLabel(id),
    canonical,
    // A copy: the same object twice would be written as a YAML alias (*a1).
    source: structuredClone(data.source) as EditionRef['source'],
    publishedDate: (data.publishedDate as string | null | undefined) ?? null,
  };
}

export function mergeEditions(
  stored: EditionText[],
  incoming: { data: Record<string, unknown>; body: string },
  canonicalWanted: string | undefined,
): MergedEditions {
  const file = (incoming.data.source as { file?: string } | undefined)?.file;
  const same = stored.find((e) => e.ref.source?.file === file);
  const base = incoming.data.gazette ? 'gazette' : 'online';
  let id = same?.ref.id ?? base;
  for (let n = 2; !same && stored.some((e) => e.ref.id === id); n++) id = `${base}-${n}`;
  const was = stored.find((e) => e.ref.canonical)?.ref.id ?? stored[0]?.ref.id ?? id;
  const isNew = !same;
  const next: EditionText = {
    ref: editionRefOf(id, incoming.data, false),
    body: incoming.body,
    data: incoming.data,
    importNotes: (incoming.data.importNotes as unknown[] | undefined) ?? [],
  };
  const editions = same ? stored.map((e) => (e === same ? next : e)) : [...stored, next];
  let canonicalId = was;
  if (canonicalWanted) {
    if (!editions.some((e) => e.ref.id === canonicalWanted))
      throw new EditionError(
        `没有版本“${canonicalWanted}”：本文件的版本为 ${editions.map((e) => e.ref.id).join('、')}（--canonical 的值应为其中之一）`,
      );
    canonicalId = canonicalWanted;
  } else if (isNew && base === 'gazette' && !was.startsWith('gazette')) canonicalId = id;
  const chosen = editions.find((e) => e.ref.id === canonicalId)!;
  if (!chosen.data)
    throw new EditionError(
      `要把版本“${canonicalId}”设为正式版本，请导入它的导出文件（${chosen.ref.source?.file ?? '未知'}）并加 --canonical ${canonicalId}`,
    );
  for (const e of editions) e.ref = { ...e.ref, canonical: e.ref.id === canonicalId };
  return { editions, incomingId: id, canonicalId, displacedId: canonicalId !== was ? was : null };
}
