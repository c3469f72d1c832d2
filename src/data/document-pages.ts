/**
 * What each document or report page shows besides its own entry (the titles it names,
 * its gazette issue, the documents it forwards, its neighbours in the printed order),
 * computed once per build, and each page's cache key.
 *
 * A page renders only its props, so the digest of the props is a sound cache key for
 * Astro's incremental build (astro.config.mjs, experimental.incrementalBuild): a page is
 * rendered again exactly when something it shows has changed. The entry's props include
 * its rendered HTML, which changes with the glossary even when the file does not.
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentsLinks, issueLabel } from './gazettes.ts';
import { titleIndex } from './catalogue.ts';
import { neighbours } from '../lib/gazette-order.ts';
import { documentUrl } from '../lib/catalogue.ts';

export interface PagerLink {
  url: string;
  title: string;
}

/** Previous / next document in the printed order of the page's gazette issue. */
export interface Pager {
  label: string;
  prev: PagerLink | null;
  next: PagerLink | null;
}

export interface PageContext {
  /** The issue the document was printed in: id, display label, and what its citation and JSON-LD name. */
  gazette: { id: string; label: string; name: string; year: number; issue: number; date: string | null } | null;
  /** Titles of the documents the page names (parent, repeals, amendments), by id. */
  titles: Record<string, string>;
  /** Documents this one forwards or issues (their `parent` is this document). */
  children: { id: string; title: string }[];
  pager: Pager | null;
}

type DocumentEntry = CollectionEntry<'notices'> | CollectionEntry<'reports'>;

/** Digest of a page's props: its cache key. */
export function cacheKeyOf(props: unknown): string {
  return createHash('sha256').update(JSON.stringify(props)).digest('base64url');
}

/** Ids of the documents an entry names. */
function namedIds(entry: DocumentEntry): string[] {
  if (entry.collection !== 'notices') return [];
  const d = entry.data;
  return [d.parent, ...[...d.repeals, ...d.amends, ...d.repealedBy, ...d.amendedBy].map((r) => r.document)].flatMap(
    (ref) => (ref ? [ref.id] : []),
  );
}

let cache: Promise<(entry: DocumentEntry) => PageContext> | undefined;

/** A function giving each document's page context, built once per build. */
export function pageContexts(): Promise<(entry: DocumentEntry) => PageContext> {
  cache ??= (async () => {
    const [index, notices, gazettes] = await Promise.all([
      titleIndex(),
      getCollection('notices'),
      getCollection('gazettes'),
    ]);
    const children = new Map<string, { id: string; title: string }[]>();
    for (const n of notices) {
      const parent = n.data.parent?.id;
      if (parent) children.set(parent, [...(children.get(parent) ?? []), { id: n.id, title: n.data.title }]);
    }
    const issues = new Map(
      gazettes.map((g) => [
        g.id,
        {
          label: issueLabel(g.data),
          contents: contentsLinks(g),
          name: g.data.name,
          year: g.data.year,
          issue: g.data.issue,
          date: g.data.publishedDate,
        },
      ]),
    );
    const link = (l: { collection: 'notices' | 'reports'; id: string; title: string } | null): PagerLink | null =>
      l && { url: documentUrl(l.collection, l.id), title: index.get(l.id)?.title ?? l.title };
    return (entry) => {
      const issue = entry.data.gazette ? issues.get(entry.data.gazette.id) : undefined;
      const around = issue ? neighbours(issue.contents, entry.id) : null;
      const titles = Object.fromEntries(
        namedIds(entry).flatMap((id) => (index.has(id) ? [[id, index.get(id)!.title]] : [])),
      );
      return {
        gazette:
          issue && entry.data.gazette
            ? {
                id: entry.data.gazette.id,
                label: issue.label,
                name: issue.name,
                year: issue.year,
                issue: issue.issue,
                date: issue.date,
              }
            : null,
        titles,
        children: children.get(entry.id) ?? [],
        pager:
          issue && around && (around.prev || around.next)
            ? { label: issue.label, prev: link(around.prev), next: link(around.next) }
            : null,
      };
    };
  })();
  return cache;
}
