/**
 * Builds the site's search index from the built pages in dist/: reads every
 * page's data-pagefind-body (page-records.ts), gives Pagefind one record of
 * pre-segmented words per page (index-records.ts) while the next pages are
 * being read, lets Pagefind write its files itself, then adds our own: one
 * file per document (named by Pagefind's result id) and the catalogue in
 * Pagefind's page order. Everything goes to a folder beside dist/pagefind,
 * which replaces it at the end, so dist/pagefind is never half-written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageRecords } from './page-records.ts';
import { indexPage, PART_SUFFIX } from './index-records.ts';
import { buildCatalogue, type CatalogueEntry } from './catalogue.ts';
import { CATALOGUE_FILE, DOCS_FOLDER, folderSize, pagefindWritten, pageUrls, pruneBundle, readPageOrder } from './index-files.ts';

export { CATALOGUE_FILE, DOCS_FOLDER };
export const INDEX_FOLDER = 'pagefind';
/**
 * Word locations per index chunk (Pagefind's default is 20000). A search
 * fetches the chunks that hold its words, and Pagefind's metadata file, which
 * every first search fetches, lists every chunk. On the 10,000-document
 * benchmark archive 1000 / 2000 / 5000 give 2026 / 1627 / 1253 chunks and first
 * searches of 226 / 223 / 220 KB, later ones the same: a common character is a
 * chunk of its own whatever the size. On this site smaller chunks fetch less
 * for rare words.
 */
export const INDEX_CHUNK_SIZE = 2000;
/** Records sent to Pagefind and not yet acknowledged: enough to keep it busy while we read the next pages. */
const IN_FLIGHT = 64;

type PagefindApi = typeof import('pagefind');

export interface IndexSummary {
  pages: number;
  files: number;
  bytes: number;
  /** Seconds spent reading pages while Pagefind indexed them, writing (Pagefind its files, we ours), and naming ours after it. */
  seconds: { read: number; pagefind: number; files: number };
}

function htmlFiles(dir: string, skip: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(path) ? [] : htmlFiles(path, skip);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** /documents/x/index.html → /documents/x/; /404.html stays. */
export function pageUrl(distDir: string, file: string): string {
  return ('/' + relative(distDir, file).split(sep).join('/')).replace(/(^|\/)index\.html$/, '$1');
}

function fail(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${what}失败：\n${errors.join('\n')}`);
}

/**
 * A document's part files (docs/<name>-<n>.json.gz), named by its number until
 * Pagefind has given it an id. Stored compressed, like Pagefind's own files:
 * a third of the size on disk, and nothing for the server to compress.
 */
function writeParts(dir: string, name: string, parts: string[]): void {
  parts.forEach((json, n) => writeFileSync(join(dir, `${name}-${n}${PART_SUFFIX}`), gzipSync(json, { level: 6 })));
}

export async function buildSearchIndex(distDir: string, pagefind?: PagefindApi): Promise<IndexSummary> {
  const api = pagefind ?? (await import('pagefind'));
  const started = performance.now();
  const lap = (from: number) => (performance.now() - from) / 1000;
  const outDir = join(distDir, INDEX_FOLDER);
  const staging = `${outDir}.tmp`;
  const docsTmp = `${outDir}.docs.tmp`;
  for (const dir of [staging, docsTmp]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(docsTmp, { recursive: true });

  // Read by the Pagefind binary when its service starts (the Node API has no option for it).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await api.createIndex({});
  fail('创建索引', errors);
  const entries: (CatalogueEntry & { url: string; parts: string[] })[] = [];
  const pending = new Set<Promise<void>>();
  for (const file of htmlFiles(distDir, [outDir, staging, docsTmp]).sort()) {
    const page = pageRecords(readFileSync(file, 'utf8'), pageUrl(distDir, file));
    if (!page) continue;
    const indexed = indexPage(page);
    const parts = indexed.parts.map((part) => JSON.stringify(part));
    entries.push({ url: page.url, filters: indexed.filters, date: indexed.head.date, zone: indexed.zone, parts });
    const sent = index!.addCustomRecord(indexed.record).then((r) => fail(`索引 ${page.url} `, r.errors));
    pending.add(sent);
    sent.finally(() => pending.delete(sent)).catch(() => {});
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  const read = lap(started);
  const writing = performance.now();
  if (entries.length === 0) throw new Error(`${distDir} 中没有带 data-pagefind-body 的页面，无法建立搜索索引`);
  const written = index!.writeFiles({ outputPath: staging });
  // Ours while Pagefind writes its files (this thread would otherwise wait).
  entries.forEach((entry, n) => writeParts(docsTmp, String(n), entry.parts));
  fail('写入索引文件', (await written).errors);
  await pagefindWritten(staging);
  await api.close();
  const pagefindSeconds = lap(writing);
  const ours = performance.now();

  // Name each document's files by its Pagefind id; the catalogue follows Pagefind's page order.
  const { meta, hashes } = readPageOrder(staging);
  const urls = pageUrls(staging, hashes);
  const numbers = new Map(entries.map((e, n) => [e.url, n]));
  const ordered = hashes.map((hash) => {
    const n = numbers.get(urls.get(hash)!);
    if (n === undefined) throw new Error(`Pagefind 页面 ${hash}（${urls.get(hash)}）不在已读取的页面中`);
    for (let part = 0; part < entries[n].parts.length; part++) renameSync(join(docsTmp, `${n}-${part}${PART_SUFFIX}`), join(docsTmp, `${hash}-${part}${PART_SUFFIX}`));
    return entries[n];
  });
  if (ordered.length !== entries.length) throw new Error(`Pagefind 索引了 ${ordered.length} 个页面，应为 ${entries.length} 个`);
  renameSync(docsTmp, join(staging, DOCS_FOLDER));
  writeFileSync(join(staging, CATALOGUE_FILE), JSON.stringify(buildCatalogue(meta, ordered)));
  pruneBundle(staging, [DOCS_FOLDER, CATALOGUE_FILE]);

  if (existsSync(outDir)) rmSync(outDir, { recursive: true });
  renameSync(staging, outDir);
  return { pages: entries.length, ...folderSize(outDir), seconds: { read, pagefind: pagefindSeconds, files: lap(ours) } };
}
