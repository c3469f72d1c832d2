/**
 * A document's editions as its pages show them: each edition's label, source
 * and date, and for every edition other than the canonical one the paragraphs
 * whose wording differs from the canonical text (src/lib/editions/inline.ts).
 * Raw MDX bodies are read from the entries' files: the content store keeps
 * rendered HTML only.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { mdxBody } from '../content-files/frontmatter.ts';
import { editionDifferences, type ChangedParagraph } from '../lib/editions/inline.ts';
import type { EditionRef } from '../schemas/edition.ts';
import { entryBody } from './bodies.ts';

export interface EditionView {
  ref: EditionRef;
  /** Paragraphs of the canonical text this edition words differently (empty for the canonical one). */
  changes: ChangedParagraph[];
}

const rawBody = (filePath: string | undefined): string =>
  filePath ? mdxBody(readFileSync(filePath, 'utf8')).text : '';

let others: Promise<Map<string, CollectionEntry<'editions'>>> | undefined;

/** The editions collection by `<collection>/<document id>/<edition id>`. */
function otherEditions(): Promise<Map<string, CollectionEntry<'editions'>>> {
  others ??= getCollection('editions').then(
    (list) => new Map(list.map((e) => [`${e.data.document}/${e.data.edition}`, e])),
  );
  return others;
}

/** Every edition of `entry`, canonical first; empty when it has one edition. */
export async function editionViews(
  entry: CollectionEntry<'reports'> | CollectionEntry<'notices'>,
): Promise<EditionView[]> {
  const list = entry.data.editions ?? [];
  if (list.length < 2) return [];
  const files = await otherEditions();
  const canonical = rawBody(entry.filePath);
  const headingIds = entryBody(entry).headings.map((h) => h.slug);
  const views = list.map((ref) => {
    if (ref.canonical) return { ref, changes: [] };
    const other = files.get(`${entry.collection}/${entry.id}/${ref.id}`);
    return { ref, changes: editionDifferences(canonical, rawBody(other?.filePath), headingIds) };
  });
  return views.sort((a, b) => Number(b.ref.canonical) - Number(a.ref.canonical));
}

/** The reports or notices that have more than one edition: the documents with a versions page. */
export function withEditions<C extends 'reports' | 'notices'>(collection: C): Promise<CollectionEntry<C>[]> {
  return getCollection(
    collection,
    (entry: CollectionEntry<'reports'> | CollectionEntry<'notices'>) => (entry.data.editions?.length ?? 0) > 1,
  ) as Promise<CollectionEntry<C>[]>;
}
