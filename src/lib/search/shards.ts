/**
 * How the search index is cut into shards, each a Pagefind index of its own
 * that is built, cached and shipped separately (build-index.ts) and merged by
 * the browser (Pagefind's mergeIndex). Segments as in Lucene, in two levels,
 * both grown from the oldest year so that adding pages never moves an older
 * page to another shard:
 * - a segment is a run of whole years closed once it holds SEGMENT_PAGES pages;
 * - closed segments are merged into one shard once together they hold
 *   SHARD_PAGES pages (a merge happens once per SHARD_PAGES pages of growth).
 * The newest year is always a segment of its own, after them. The shards are
 * the merged shards, the segments not merged yet, the open segment and the
 * newest year. Publishing an issue in the newest year indexes that year again,
 * nothing else; the first issue of a new year also indexes the open segment,
 * which the year before joins (at most SEGMENT_PAGES - 1 pages and that year).
 * The Pagefind process never holds more than one shard in memory. Pages without
 * a date (glossary terms) come before the oldest year. A site smaller than one
 * segment is a single shard.
 *
 * A shard is named by the digest of what it indexes (each page's URL and the
 * digest of its record), so an unchanged shard is found in the cache by name.
 */
import { createHash } from 'node:crypto';

/**
 * Merged shards close at this many pages. Pagefind holds about 0.65–0.9 MB per
 * page while it indexes (docs/search.md): 2,000 pages stay under 2 GB.
 */
export const SHARD_PAGES = 2000;
/**
 * A segment closes at this many pages. An issue in the newest year indexes that
 * year again; the first issue of a new year also indexes the open segment (less
 * than this). Each big shard costs every search its own index chunks: at 1,000
 * documents segments of 500 pages gave first / later searches of 184 / 68 KB,
 * of 1,000 pages 162 / 58 KB, one index 136 / 47 KB (docs/performance.md).
 */
export const SEGMENT_PAGES = 1000;

export interface ShardPage {
  url: string;
  /** The page's year, or null when it has no date. */
  year: number | null;
}

/**
 * A page's year for placing it in a shard: the first data-search-date the page
 * template wrote (the date searched and sorted by). Only a placement: a page
 * placed in another shard is still found.
 */
export function pageYear(html: string): number | null {
  const m = /\bdata-search-date="(\d{4})-\d{2}-\d{2}"/.exec(html);
  return m ? Number(m[1]) : null;
}

/**
 * The shards for `pages`: merged shards, then segments, oldest years first, the
 * undated pages before the oldest year, the newest year last and alone; pages
 * sorted by URL within a shard.
 * `segment` defaults to SEGMENT_PAGES, never more than `target`.
 */
export function groupShards<T extends ShardPage>(
  pages: readonly T[],
  target = SHARD_PAGES,
  segment = Math.min(SEGMENT_PAGES, target),
): T[][] {
  const byUrl = (a: T, b: T) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  // A site smaller than one segment (this one) is a single shard: nothing to gain from cutting it.
  if (pages.length < segment) return pages.length ? [[...pages].sort(byUrl)] : [];
  const years = new Map<number, T[]>();
  for (const page of pages) {
    const year = page.year ?? -Infinity;
    (years.get(year) ?? years.set(year, []).get(year)!).push(page);
  }
  const dated = [...years.keys()].filter((year) => year !== -Infinity).sort((a, b) => a - b);
  // The newest year is a segment of its own: new issues go there, and only it is indexed again.
  const newest = dated.length > 0 ? dated[dated.length - 1] : null;
  const merged: T[][] = [];
  let segments: T[][] = [];
  let segmentsPages = 0;
  let open: T[] = [...(years.get(-Infinity) ?? [])];
  for (const year of dated) {
    if (year === newest) break;
    open.push(...years.get(year)!);
    if (open.length < segment) continue;
    segments.push(open);
    segmentsPages += open.length;
    open = [];
    if (segmentsPages >= target) {
      merged.push(segments.flat());
      segments = [];
      segmentsPages = 0;
    }
  }
  const current = newest === null ? [] : years.get(newest)!;
  return [...merged, ...segments, open, current].filter((shard) => shard.length > 0).map((shard) => shard.sort(byUrl));
}

/**
 * Word locations per index chunk for a shard of `pages` pages: `base` for a
 * shard of 1,000 pages or more, proportionally fewer for a smaller one (at
 * least 100, never more than `base`). A search fetches, in every shard, the chunk of each of its words;
 * in a small shard a chunk of 2,000 locations holds most of the shard's words,
 * so each fetch carried the whole shard (measured at 1,000 documents: two
 * shards of 7 and 11 pages added 38 KB of chunks to a first search).
 */
export function shardChunkSize(pages: number, base: number): number {
  return Math.min(base, Math.max(100, Math.round((base * pages) / 1000)));
}

/** A shard's name: the digest of the index code's salt and each page's URL and record digest. */
export function shardKey(salt: string, members: readonly { url: string; record: string }[]): string {
  const hash = createHash('sha256').update(salt);
  for (const { url, record } of members) hash.update(`\n${url}\t${record}`);
  return hash.digest('hex').slice(0, 16);
}
