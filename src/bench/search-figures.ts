/**
 * Search figures for `npm run bench` (the bench script itself belongs to the
 * benchmark issue; it calls these): the index's size and file count on disk,
 * and, in a real browser against a served site, the bytes a first and a later
 * search fetch and the time from the last keystroke to results.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CATALOGUE_FILE, DOCS_FOLDER, INDEX_FOLDER } from '../search-index/build-index.ts';

export interface IndexFigures {
  files: number;
  bytes: number;
  /** By part: Pagefind's index chunks, our documents' parts, and the rest (code, wasm, metadata, catalogue). */
  parts: Record<'index' | 'docs' | 'other', { files: number; bytes: number }>;
  catalogueBytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Size of dist/pagefind/ as deployed (files are stored compressed where Pagefind compresses them). */
export function indexFigures(distDir: string): IndexFigures {
  const root = join(distDir, INDEX_FOLDER);
  const parts: IndexFigures['parts'] = {
    index: { files: 0, bytes: 0 },
    docs: { files: 0, bytes: 0 },
    other: { files: 0, bytes: 0 },
  };
  let files = 0;
  let bytes = 0;
  for (const file of walk(root)) {
    const size = statSync(file).size;
    // Inside a shard folder (pagefind/s/<key>/): index chunks, our parts, the rest.
    const top = file
      .slice(root.length + 1)
      .replace(/^s\/[^/]+\//, '')
      .split('/')[0];
    const part = top === 'index' || top === DOCS_FOLDER ? top : 'other';
    parts[part].files++;
    parts[part].bytes += size;
    files++;
    bytes += size;
  }
  return { files, bytes, parts, catalogueBytes: statSync(join(root, CATALOGUE_FILE)).size };
}

export interface SearchMeasurement {
  query: string;
  /** Bytes received (as transferred, compressed where the server compresses) from the keystroke until results and excerpts are shown. */
  bytes: number;
  requests: number;
  /** The same bytes by kind of file (searchFileKind). */
  byKind: Record<string, number>;
  /** Milliseconds from the last keystroke to the result list being shown (includes the page's typing delay). */
  keystrokeToResultsMs: number;
  results: number;
}

/** What a fetched file is, for the breakdown of a search's bytes. */
export function searchFileKind(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('/catalogue.json')) return 'catalogue';
  if (/\/pagefind(-worker)?\.js$|\/wasm\.[^/]+\.pagefind$/.test(path)) return 'code';
  if (path.endsWith('/pagefind-entry.json')) return 'entry';
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.includes('/index/')) return 'chunks';
  if (path.includes(`/${DOCS_FOLDER}/`)) return 'parts';
  return 'other';
}

async function typeAndWait(page: Page, query: string): Promise<SearchMeasurement> {
  let bytes = 0;
  let requests = 0;
  const byKind: Record<string, number> = {};
  const count = async (response: import('playwright-core').Response) => {
    const sizes = await response
      .request()
      .sizes()
      .catch(() => null);
    if (sizes) {
      const size = sizes.responseBodySize + sizes.responseHeadersSize;
      bytes += size;
      const kind = searchFileKind(response.url());
      byKind[kind] = (byKind[kind] ?? 0) + size;
    }
    requests++;
  };
  page.on('response', count);
  const input = page.locator('#search-q');
  await input.fill('');
  await input.pressSequentially(Array.from(query).slice(0, -1).join(''));
  const start = Date.now();
  // Chinese arrives as committed text (as from an input method), so type it rather than press keys.
  await input.pressSequentially(Array.from(query).slice(-1).join(''));
  await page.waitForFunction((q) => {
    const app = document.getElementById('search-app');
    return app?.dataset.state === 'done' && app.dataset.query === q;
  }, query);
  const keystrokeToResultsMs = Date.now() - start;
  await page.waitForFunction(() => document.getElementById('search-app')?.dataset.excerpts === 'done');
  await page.waitForLoadState('networkidle');
  page.off('response', count);
  const results = await page.locator('.search-result, .glossary-card').count();
  return { query, bytes, requests, byKind, keystrokeToResultsMs, results };
}

/**
 * Opens /search/ in a fresh browser context and types `first`, then `later`,
 * measuring each. `origin` serves the built site (e.g. nginx with deploy/nginx.conf).
 */
export async function browserSearchFigures(
  browser: Browser,
  origin: string,
  first: string,
  later: string,
): Promise<{ first: SearchMeasurement; later: SearchMeasurement }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    const firstFigures = await typeAndWait(page, first);
    const laterFigures = await typeAndWait(page, later);
    return { first: firstFigures, later: laterFigures };
  } finally {
    await context.close();
  }
}
