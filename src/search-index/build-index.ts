/**
 * Builds the site's search index from the built pages in dist/, in shards
 * (shards.ts): reads every page that has a data-pagefind-body, places it by
 * year, and for each shard either reuses the cached copy built from the same
 * records (index-cache.ts) or builds it (build-shard.ts). A page whose HTML is
 * unchanged since the last build is not parsed again. Then writes the
 * catalogue (catalogue.ts), which also lists the shards for the browser.
 * dist/pagefind is updated in place and is never half-written (index-folder.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { hasSearchBody, pageRecords } from '../lib/search/page-records.ts';
import { indexPage } from '../lib/search/index-records.ts';
import { buildCatalogue } from '../lib/search/catalogue.ts';
import { CATALOGUE_FILE, DOCS_FOLDER, folderSize, htmlFiles, pageUrl } from './index-files.ts';
import { digest, IndexCache, indexSalt, type PageState, type ShardInfo } from './index-cache.ts';
import { placeShard, publishCatalogue, SHARDS_FOLDER } from './index-folder.ts';
import { groupShards, pageYear, shardChunkSize, shardKey } from '../lib/search/shards.ts';
import { buildShard, type PagefindApi, type ShardPageData } from './build-shard.ts';

export { CATALOGUE_FILE, DOCS_FOLDER, pageUrl };
export const INDEX_FOLDER = 'pagefind';
export { SHARDS_FOLDER };
/**
 * Word locations per index chunk (Pagefind's default is 20000) in a shard of
 * 1,000 pages or more; smaller shards get smaller chunks (shards.ts shardChunkSize). A search
 * fetches the chunks that hold its words, and Pagefind's metadata file, which
 * every first search fetches, lists every chunk. On the 10,000-document
 * benchmark archive 1000 / 2000 / 5000 give 2026 / 1627 / 1253 chunks and first
 * searches of 226 / 223 / 220 KB, later ones the same: a common character is a
 * chunk of its own whatever the size. On this site smaller chunks fetch less
 * for rare words.
 */
export const INDEX_CHUNK_SIZE = 2000;

export interface IndexOptions {
  /** Where shards and page digests are kept between builds (Astro's cacheDir). */
  cacheDir: string;
  /** Project root, whose src/lib/search code salts the cache. */
  root?: string;
  /** Merged shards close at this many pages (shards.ts SHARD_PAGES). */
  shardPages?: number;
  /** Segments close at this many pages (shards.ts SEGMENT_PAGES). */
  segmentPages?: number;
  pagefind?: PagefindApi;
}

export interface IndexSummary {
  pages: number;
  files: number;
  bytes: number;
  /** Shards built and reused, pages indexed, and this process's peak resident memory while building shards (sampled). */
  shards: { built: number; reused: number; pagesIndexed: number; peakMB: number };
  /** Seconds spent reading and digesting pages, building shards, and assembling the index. */
  seconds: { read: number; shards: number; files: number };
}

interface Page extends PageState {
  url: string;
  file: string;
  /** Parsed when its HTML changed since the last build (kept until its shard is done). */
  data?: ShardPageData;
}

/** A page's index data and the digest of everything the index holds for it. */
function parse(page: { url: string; file: string }): { data: ShardPageData; record: string } {
  // Read again rather than kept from the first pass: holding every page's HTML would cost more than reading it twice.
  const records = pageRecords(readFileSync(page.file, 'utf8'), page.url);
  if (!records) throw new Error(`${page.file}：页面标记中有 data-pagefind-body，解析后却找不到这个元素`);
  const indexed = indexPage(records);
  const parts = indexed.parts.map((part) => JSON.stringify(part));
  const record = digest(JSON.stringify([indexed.record, indexed.filters, indexed.head.date, indexed.zone, parts]));
  return { data: { url: page.url, indexed, parts }, record };
}

export async function buildSearchIndex(distDir: string, options: IndexOptions): Promise<IndexSummary> {
  const api = options.pagefind ?? (await import('pagefind'));
  const started = performance.now();
  const lap = (from: number) => (performance.now() - from) / 1000;
  const outDir = join(distDir, INDEX_FOLDER);
  rmSync(`${outDir}.tmp`, { recursive: true, force: true }); // left by an older version of this step
  // Index chunk size for a shard of 1,000 pages or more; smaller shards get smaller chunks (build-shard.ts).
  const chunkBase = Number(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE) || INDEX_CHUNK_SIZE;
  const cache = new IndexCache(join(options.cacheDir, 'search-index'), indexSalt(options.root ?? process.cwd()));

  const pages: Page[] = [];
  for (const file of htmlFiles(distDir, [outDir]).sort()) {
    const html = readFileSync(file, 'utf8');
    if (!hasSearchBody(html)) continue;
    const url = pageUrl(distDir, file);
    const hash = digest(html);
    const known = cache.page(url, hash);
    if (known) pages.push({ url, file, ...known });
    else pages.push({ url, file, html: hash, record: '', year: pageYear(html) });
  }
  if (pages.length === 0) throw new Error(`${distDir} 中没有带 data-pagefind-body 的页面，无法建立搜索索引`);
  const read = lap(started);

  const building = performance.now();
  const shards: { key: string; info: ShardInfo }[] = [];
  const summary = { built: 0, reused: 0, pagesIndexed: 0, peakMB: process.memoryUsage.rss() / 1048576 };
  /** Builds a shard, parsing the pages not parsed yet while Pagefind indexes, and caches it under its key. */
  const build = async (members: Page[]): Promise<{ key: string; info: ShardInfo }> => {
    const dir = join(cache.dir, `building-${process.pid}`);
    const { peakRss, ...info } = await buildShard(
      api,
      (function* () {
        for (const page of members) {
          if (page.data) yield page.data;
          else {
            const parsed = parse(page);
            page.record = parsed.record;
            yield parsed.data;
          }
        }
      })(),
      dir,
      shardChunkSize(members.length, chunkBase),
    );
    const key = shardKey(cache.salt, members);
    cache.commitShard(dir, key, info);
    summary.peakMB = Math.max(summary.peakMB, peakRss / 1048576);
    summary.built++;
    summary.pagesIndexed += members.length;
    return { key, info };
  };
  for (const members of groupShards(pages, options.shardPages, options.segmentPages)) {
    // Few pages new or changed since the last build: their records decide whether the cached shard still holds.
    // Mostly new pages (a first build, a new year): the shard is built, parsing while Pagefind indexes.
    const unknown = members.filter((page) => !page.record);
    const decidable = unknown.length * 2 <= members.length;
    if (decidable) for (const page of unknown) Object.assign(page, parse(page));
    const cachedKey = decidable ? shardKey(cache.salt, members) : null;
    const cached = cachedKey ? cache.shard(cachedKey) : null;
    const shard = cachedKey && cached ? { key: cachedKey, info: cached } : await build(members);
    if (cached) summary.reused++;
    for (const page of members) delete page.data;
    placeShard(outDir, shard.key, cache.shardDir(shard.key));
    shards.push(shard);
  }
  const shardSeconds = lap(building);

  const assembling = performance.now();
  const keys = new Set(shards.map((s) => s.key));
  publishCatalogue(
    outDir,
    JSON.stringify(buildCatalogue(shards.map(({ key, info }) => ({ path: `${SHARDS_FOLDER}/${key}/`, ...info })))),
    keys,
  );
  cache.save(Object.fromEntries(pages.map(({ url, html, record, year }) => [url, { html, record, year }])), keys);
  return {
    pages: pages.length,
    ...folderSize(outDir),
    shards: summary,
    seconds: { read, shards: shardSeconds, files: lap(assembling) },
  };
}
