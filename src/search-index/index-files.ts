/**
 * File work for build-index.ts: the built pages and their URLs; which page each of
 * Pagefind's page hashes is (read from the head of its fragment file), the
 * page order in its metadata file, and pruning the files the search page
 * does not load (Pagefind's UI bundles, and the fragments: excerpts come from
 * our own document files).
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { DOCS_FOLDER } from '../lib/search/index-records.ts';
import { pagefindPageHashes, SIGNATURE } from '../lib/search/pf-meta.ts';

export { DOCS_FOLDER };

export const CATALOGUE_FILE = 'catalogue.json';

/** The HTML files under `dir`, leaving out the folders in `skip`. */
export function htmlFiles(dir: string, skip: string[]): string[] {
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

/** What the search page loads from Pagefind's output; the rest is removed. */
const KEEP =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index)$/;

/** Pagefind's metadata file name and its page hashes, in Pagefind's page order. */
export function readPageOrder(bundle: string): { meta: string; hashes: string[] } {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
  const languages = Object.values(entry.languages ?? {}) as { hash: string }[];
  if (languages.length !== 1)
    throw new Error(`${bundle}/pagefind-entry.json：应只有一个索引语言，实际 ${languages.length} 个`);
  const meta = languages[0].hash;
  return { meta, hashes: pagefindPageHashes(gunzipSync(readFileSync(join(bundle, `pagefind.${meta}.pf_meta`)))) };
}

/**
 * The URL a fragment holds: its JSON starts with "url", so the first kilobyte,
 * inflated as far as it goes, is enough (the whole file when it is not).
 */
export function fragmentUrl(file: string): string {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(1024);
  const read = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const urlOf = (bytes: Buffer) => {
    const text = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
    const m = new RegExp(`^${SIGNATURE}\\{"url":("(?:[^"\\\\]|\\\\.)*")`).exec(text);
    return m ? (JSON.parse(m[1]) as string) : null;
  };
  const url = urlOf(head.subarray(0, read)) ?? urlOf(readFileSync(file));
  if (url === null) throw new Error(`Pagefind 片段 ${file} 中没有 url`);
  return url;
}

/** Page hash → URL, for every page in the bundle. */
export function pageUrls(bundle: string, hashes: string[]): Map<string, string> {
  return new Map(hashes.map((hash) => [hash, fragmentUrl(join(bundle, 'fragment', `${hash}.pf_fragment`))]));
}

/** Removes what the search page does not load (keeps `ours`, the files written beside Pagefind's). */
export function pruneBundle(bundle: string, ours: string[]): void {
  for (const name of readdirSync(bundle)) {
    if (!KEEP.test(name) && !ours.includes(name)) rmSync(join(bundle, name), { recursive: true, force: true });
  }
}

/**
 * Waits until every file Pagefind wrote into `bundle` has its contents. Its
 * service answers writeFiles once each file is created and its write queued,
 * not done (tokio files written without a flush), and closing the service
 * kills the process: a file still empty then stays empty. Every Pagefind file
 * is written in one piece and none is empty, so "no empty file" means done.
 */
export async function pagefindWritten(bundle: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let empty = emptyFiles(bundle);
  while (empty.length) {
    if (Date.now() > deadline)
      throw new Error(`Pagefind 未写完索引文件（${timeoutMs / 1000} 秒后仍为空）：${empty.slice(0, 5).join('、')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    empty = empty.filter((file) => statSync(file).size === 0);
  }
}

function emptyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => statSync(file).size === 0);
}

/** Files and bytes under a folder. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
