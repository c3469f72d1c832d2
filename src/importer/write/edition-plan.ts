/**
 * Places an incoming document as an edition of the document already in the
 * content folder (--edition, or any import of a document that already has
 * editions): the document's entry keeps the canonical edition's data and
 * text with the `editions` list, and every other edition's text goes to
 * editions/<collection>/<slug>/<id>.mdx (src/schemas/edition.ts).
 */
import type { PlannedEntry } from './entries.ts';
import type { VirtualEntry } from './virtual-entry.ts';
import { EditionError, editionRefOf, mergeEditions, type EditionText, type MergedEditions } from '../editions/merge.ts';
import { ImportError } from '../types.ts';
import type { EditionRef } from '../../schemas/edition.ts';
import { compareWording, describeChange } from '../../lib/editions/compare.ts';
import { editionLabel } from '../../lib/editions/labels.ts';
import { splitMdx } from './frontmatter.ts';

export interface EditionOptions {
  /** Store a different text as another edition instead of refusing it (--edition). */
  edition?: boolean;
  /** Edition id to make canonical (--canonical). */
  canonical?: string;
}

/** What an edition import did to one report, for its glossary. */
export interface EditionPlacement {
  editionId: string;
  canonical: boolean;
  /** The edition that was canonical before this import, when this one replaced it. */
  displacedId: string | null;
}

export const editionPath = (collection: string, slug: string, id: string) => `editions/${collection}/${slug}/${id}.mdx`;

function storedEditions(state: Map<string, VirtualEntry>, doc: VirtualEntry): EditionText[] {
  const { editions, ...data } = doc.data as { editions?: EditionRef[] } & Record<string, unknown>;
  if (!editions)
    return [
      { ref: editionRefOf(data.gazette ? 'gazette' : 'online', data, true), body: doc.body, data, importNotes: [] },
    ];
  return editions.map((ref) => {
    if (ref.canonical) return { ref, body: doc.body, data, importNotes: [] };
    const file = state.get(editionPath(doc.collection, doc.slug, ref.id));
    return { ref, body: file?.body ?? '', data: null, importNotes: (file?.data.importNotes as unknown[]) ?? [] };
  });
}

/**
 * Places `entry` as an edition of `doc` when the options or the stored editions call for it;
 * returns null (and changes nothing) when the import is an ordinary one.
 */
export function placeEdition(
  state: Map<string, VirtualEntry>,
  doc: VirtualEntry,
  entry: PlannedEntry,
  file: string,
  options: EditionOptions,
): EditionPlacement | null {
  const stored = storedEditions(state, doc);
  const incomingFile = (entry.data.source as { file?: string } | undefined)?.file;
  const known = doc.data.editions && stored.some((e) => e.ref.source?.file === incomingFile);
  if (!options.edition && !known) return null;
  let merged: MergedEditions;
  try {
    merged = mergeEditions(stored, { data: entry.data, body: entry.body }, options.canonical);
  } catch (error) {
    if (error instanceof EditionError) throw new ImportError(file, null, `${doc.path}：${error.message}`);
    throw error;
  }
  const canonical = merged.editions.find((e) => e.ref.canonical)!;
  const { editions: _old, ...canonicalData } = canonical.data!;
  const data = { ...canonicalData, editions: merged.editions.map((e) => e.ref) };
  if (canonical.data === entry.data) entry.data.editions = data.editions;
  Object.assign(doc, { data, body: canonical.body, touched: true });
  doc.sources.add(file);
  for (const e of merged.editions) {
    const path = editionPath(doc.collection, doc.slug, e.ref.id);
    const previous = state.get(path);
    if (e.ref.canonical) {
      if (previous?.diskText != null)
        throw new ImportError(
          file,
          null,
          `版本“${e.ref.id}”将成为正式版本，但它的正文文件 ${path} 还在：请先删除该文件（它的正文会写入 ${doc.path}），再重新导入`,
        );
      state.delete(path);
      continue;
    }
    const notes = e.data ? ((e.data.importNotes as unknown[] | undefined) ?? []) : e.importNotes;
    state.set(path, {
      collection: 'editions',
      slug: e.ref.id,
      path,
      data: { document: `${doc.collection}/${doc.slug}`, edition: e.ref.id, importNotes: notes },
      body: e.body,
      diskText: previous?.diskText ?? null,
      diskSourceFile: null,
      touched: true,
      duplicateOf: false,
      redefined: false,
      sources: new Set([...(previous?.sources ?? []), ...(e.ref.id === merged.incomingId ? [file] : [])]),
      label: `${doc.label}（${e.ref.label}）`,
    });
  }
  return {
    editionId: merged.incomingId,
    canonical: merged.canonicalId === merged.incomingId,
    displacedId: merged.displacedId,
  };
}

/**
 * One line per document this import placed as an edition, for the summary: which edition,
 * which one is canonical, and how its wording differs from the text the site had.
 */
export function editionSummary(
  placements: Map<PlannedEntry, EditionPlacement>,
  pathOf: (entry: PlannedEntry) => string,
  before: Map<string, string>,
): string[] {
  return [...placements].map(([entry, p]) => {
    const path = pathOf(entry);
    const old = splitMdx(before.get(path) ?? '')?.body;
    const changes = old === undefined ? [] : compareWording(old, entry.body);
    const said = changes.length
      ? `与导入前站内正文相比：${changes.map(describeChange).join('；')}`
      : '与导入前站内正文措辞相同（只有格式不同）';
    const role = p.canonical ? '，为正式版本' : `，正式版本不变`;
    return `${path}：版本 ${p.editionId}（${editionLabel(p.editionId)}）${role}${p.displacedId ? `（原正式版本 ${p.displacedId} 改为另一版本）` : ''}；${said}`;
  });
}
