/**
 * Builds the site's search index from the built pages in dist/: reads every
 * page's data-pagefind-body (page-records.ts), indexes the pre-segmented
 * records with Pagefind's Node API, and writes only the files the search page
 * uses (no Pagefind UI bundles) plus the catalogue, into dist/pagefind/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pageRecords, type PageRecords } from './page-records.ts';
import { buildCatalogue, recordKey, searchRecords } from './index-records.ts';

export const INDEX_FOLDER = 'pagefind';
export const CATALOGUE_FILE = 'catalogue.json';
/**
 * Word locations per index chunk (Pagefind's default is 20000). Single-character
 * words have long location lists; smaller chunks mean a search fetches less of
 * the index it does not need. Measured on this site (five first/later query
 * pairs, KB fetched by the later search): 20000 → 38–185, 4000 → 18–65,
 * 2000 → 15–52 (516 files), 1000 → 14–48 (654 files). 1000 keeps the most
 * room under the 60 KB goal as the site grows; files cost nothing per search.
 */
export const INDEX_CHUNK_SIZE = 1000;

/** Files the search page loads; Pagefind's own UI bundles are left out. */
const KEEP = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(index|fragment|filter)\/.+)$/;

type PagefindApi = typeof import('pagefind');

export interface IndexSummary {
  pages: number;
  records: number;
  files: number;
  bytes: number;
}

function htmlFiles(dir: string, skip: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === skip ? [] : htmlFiles(path, skip);
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

/** The key of the record a fragment holds: Pagefind stores fragments gzipped, behind a "pagefind_dcd" signature. */
function fragmentKey(content: Uint8Array): string {
  const fragment = JSON.parse(gunzipSync(content).toString('utf8').replace(/^pagefind_dcd/, ''));
  return recordKey(fragment);
}

export async function buildSearchIndex(distDir: string, pagefind?: PagefindApi): Promise<IndexSummary> {
  const api = pagefind ?? (await import('pagefind'));
  const outDir = join(distDir, INDEX_FOLDER);
  const pages = htmlFiles(distDir, outDir)
    .sort()
    .map((file) => pageRecords(readFileSync(file, 'utf8'), pageUrl(distDir, file)))
    .filter((p): p is PageRecords => p !== null);
  if (pages.length === 0) throw new Error(`${distDir} 中没有带 data-pagefind-body 的页面，无法建立搜索索引`);

  // Read by the Pagefind binary when its service starts (the Node API has no option for it).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await api.createIndex({});
  fail('创建索引', errors);
  let records = 0;
  for (const page of pages) {
    for (const record of searchRecords(page)) {
      fail(`索引 ${record.url} `, (await index!.addCustomRecord(record)).errors);
      records++;
    }
  }
  const { files, errors: fileErrors } = await index!.getFiles();
  fail('生成索引文件', fileErrors);
  await api.close();

  const kept = files.filter((f) => KEEP.test(f.path));
  const recordIds = new Map(
    kept.filter((f) => f.path.startsWith('fragment/')).map((f) => [fragmentKey(f.content), f.path.replace(/^fragment\/|\.pf_fragment$/g, '')]),
  );
  const catalogue = JSON.stringify(buildCatalogue(pages, recordIds));

  // Write beside, then swap, so that dist/pagefind is never half-written.
  const staging = `${outDir}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  for (const file of kept) {
    const target = join(staging, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  writeFileSync(join(staging, CATALOGUE_FILE), catalogue);
  if (existsSync(outDir)) rmSync(outDir, { recursive: true });
  renameSync(staging, outDir);
  const bytes = kept.reduce((sum, f) => sum + f.content.length, 0) + Buffer.byteLength(catalogue);
  return { pages: pages.length, records, files: kept.length + 1, bytes };
}
