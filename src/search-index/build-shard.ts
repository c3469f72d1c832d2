/**
 * Builds one shard of the search index (shards.ts) into a folder: Pagefind's
 * index of the shard's pages, written by Pagefind itself, plus our document
 * parts (docs/<result id>-<n>.json.gz), written as each page is read. Records
 * are sent to Pagefind while the next pages are being read, so Pagefind indexes
 * on the second core. The Pagefind process is closed at the end: it holds every
 * word occurrence of the shard in memory, and the next shard starts from nothing.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CatalogueEntry } from '../lib/search/catalogue.ts';
import { PART_SUFFIX, type IndexedPage } from '../lib/search/index-records.ts';
import { DOCS_FOLDER, pagefindWritten, pageUrls, pruneBundle, readPageOrder } from './index-files.ts';
import type { ShardInfo } from './index-cache.ts';

export type PagefindApi = typeof import('pagefind');

/** Records sent to Pagefind and not yet acknowledged: enough to keep it busy while we read the next pages. */
const IN_FLIGHT = 64;

/** A page ready to index: what Pagefind gets, and our parts already as JSON. */
export interface ShardPageData {
  url: string;
  indexed: IndexedPage;
  parts: string[];
}

function fail(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${what}失败：\n${errors.join('\n')}`);
}

/**
 * A document's part files, named by its number until Pagefind has given it an
 * id. Stored compressed, like Pagefind's own files: a third of the size on
 * disk, and nothing for the server to compress.
 */
function writeParts(dir: string, name: string, parts: string[]): void {
  parts.forEach((json, n) => writeFileSync(join(dir, `${name}-${n}${PART_SUFFIX}`), gzipSync(json, { level: 6 })));
}

/**
 * Indexes `pages` into `outDir` (replaced if it exists) and returns the shard's catalogue
 * entries in Pagefind's page order, and this process's peak resident memory meanwhile.
 * `chunkSize`: word locations per index chunk (shards.ts shardChunkSize), which the Pagefind
 * binary reads from its environment when its service starts (the Node API has no option).
 */
export async function buildShard(
  api: PagefindApi,
  pages: Iterable<ShardPageData>,
  outDir: string,
  chunkSize?: number,
): Promise<ShardInfo & { peakRss: number }> {
  const setting = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  if (chunkSize) process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  try {
    return await indexShard(api, pages, outDir);
  } finally {
    if (setting === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = setting;
  }
}

async function indexShard(
  api: PagefindApi,
  pages: Iterable<ShardPageData>,
  outDir: string,
): Promise<ShardInfo & { peakRss: number }> {
  const docsTmp = `${outDir}.docs.tmp`;
  for (const dir of [outDir, docsTmp]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(docsTmp, { recursive: true });
  const { index, errors } = await api.createIndex({});
  fail('创建索引', errors);
  const entries: (CatalogueEntry & { url: string; parts: number })[] = [];
  const pending = new Set<Promise<void>>();
  let peakRss = process.memoryUsage.rss();
  for (const { url, indexed, parts } of pages) {
    // Written at once, not held until Pagefind writes: the Pagefind process beside this one holds the shard already.
    writeParts(docsTmp, String(entries.length), parts);
    entries.push({ url, filters: indexed.filters, date: indexed.head.date, zone: indexed.zone, parts: parts.length });
    const sent = index!.addCustomRecord(indexed.record).then((r) => fail(`索引 ${url} `, r.errors));
    pending.add(sent);
    sent.finally(() => pending.delete(sent)).catch(() => {});
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    if (entries.length % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  await Promise.all(pending);
  if (entries.length === 0) throw new Error('搜索索引分片中没有页面');
  fail('写入索引文件', (await index!.writeFiles({ outputPath: outDir })).errors);
  await pagefindWritten(outDir);
  await api.close();

  // Name each document's files by its Pagefind id; the entries follow Pagefind's page order.
  const { meta, hashes } = readPageOrder(outDir);
  const urls = pageUrls(outDir, hashes);
  const numbers = new Map(entries.map((e, n) => [e.url, n]));
  const ordered = hashes.map((hash) => {
    const n = numbers.get(urls.get(hash)!);
    if (n === undefined) throw new Error(`Pagefind 页面 ${hash}（${urls.get(hash)}）不在已读取的页面中`);
    for (let part = 0; part < entries[n].parts; part++)
      renameSync(join(docsTmp, `${n}-${part}${PART_SUFFIX}`), join(docsTmp, `${hash}-${part}${PART_SUFFIX}`));
    const { filters, date, zone } = entries[n];
    return { filters, date, zone };
  });
  if (ordered.length !== entries.length)
    throw new Error(`Pagefind 索引了 ${ordered.length} 个页面，应为 ${entries.length} 个`);
  renameSync(docsTmp, join(outDir, DOCS_FOLDER));
  pruneBundle(outDir, [DOCS_FOLDER]);
  return { meta, entries: ordered, peakRss };
}
