/**
 * How the search index is cut into shards, each a Pagefind index of its own
 * that is built, cached and shipped separately (build-index.ts) and merged by
 * the browser (Pagefind's mergeIndex). A shard is a run of whole years, oldest
 * first, closed once it holds SHARD_PAGES pages; pages without a date (glossary
 * terms) have a shard of their own. New documents belong to the newest year, so
 * publishing an issue changes only the last shard, and the Pagefind process
 * never holds more than one shard in memory.
 *
 * A shard is named by the digest of what it indexes (each page's URL and the
 * digest of its record), so an unchanged shard is found in the cache by name.
 */
import { createHash } from 'node:crypto';

/**
 * A dated shard closes once it holds this many pages. Pagefind holds about
 * 0.65 MB per page while it indexes (docs/search.md): 2,000 pages stay near
 * 1.3 GB; fewer pages would make each search fetch from more shards.
 */
export const SHARD_PAGES = 2000;

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

/** The shards for `pages`: runs of whole years, the undated pages first, then oldest to newest; pages sorted by URL within a shard. */
export function groupShards<T extends ShardPage>(pages: readonly T[], target = SHARD_PAGES): T[][] {
  const byUrl = (a: T, b: T) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  const years = new Map<number, T[]>();
  for (const page of pages) {
    const year = page.year ?? -Infinity;
    (years.get(year) ?? years.set(year, []).get(year)!).push(page);
  }
  const shards: T[][] = [];
  let open: T[] = [];
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    open.push(...years.get(year)!);
    if (open.length >= target) {
      shards.push(open.sort(byUrl));
      open = [];
    }
  }
  if (open.length) shards.push(open.sort(byUrl));
  return shards;
}

/** A shard's name: the digest of the index code's salt and each page's URL and record digest. */
export function shardKey(salt: string, members: readonly { url: string; record: string }[]): string {
  const hash = createHash('sha256').update(salt);
  for (const { url, record } of members) hash.update(`\n${url}\t${record}`);
  return hash.digest('hex').slice(0, 16);
}
