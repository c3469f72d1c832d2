/**
 * npx tsx scripts/search-compare-versions.ts [--dist <built site>] <prefix> [<prefix> …]
 *
 * Runs the recall suite's queries (tests/search/recall-queries.ts) against the
 * built site (dist/, from `npm run build`) indexed by other Pagefind versions,
 * each installed in a scratch folder outside the repo:
 *   npm install --prefix /tmp/pf-1.5.2 pagefind@1.5.2
 * For each version, two indexes: ours (src/lib/search: pre-segmented records,
 * searched through the site's search page) and Pagefind's own (its HTML
 * indexing and Chinese segmentation, searched with pagefind.search()). Prints
 * recall per version; changes nothing in the repo (copies go to the OS temp folder).
 */
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { buildSearchIndex } from '../src/search-index/build-index.ts';
import { launchChromium } from '../src/harness/chromium.ts';
import { serveWithNginx } from '../src/harness/nginx.ts';
import { RECALL_QUERIES, type RecallQuery } from '../src/bench/recall-queries.ts';
import { search } from '../src/harness/search-ui.ts';

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const DIST = resolve(distAt >= 0 ? args.splice(distAt, 2)[1] : 'dist');
const prefixes = args;
if (!prefixes.length) {
  console.error(
    '用法：npx tsx scripts/search-compare-versions.ts <安装目录> [更多安装目录]（各目录内有 node_modules/pagefind）',
  );
  process.exit(2);
}
const browser = await launchChromium();

interface Found {
  all: string[];
  firstPage: string[];
  first: string | undefined;
}

function passes(q: RecallQuery, found: Found): boolean {
  if (q.expect.some((p) => !found.all.includes(p))) return false;
  if (q.rank === 'first') return found.first === q.expect[0];
  if (q.rank === 'first-page') return q.expect.every((p) => found.firstPage.includes(p));
  return true;
}

/** Pagefind's own search, as its UI would run it: the query as typed, result pages in Pagefind's order. */
async function pagefindOwn(page: Page, query: string): Promise<Found> {
  const urls: string[] = await page.evaluate(async (q) => {
    const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
    const response = await pf.search(q);
    const data = await Promise.all(response.results.map((r: { data(): Promise<{ url: string }> }) => r.data()));
    return data.map((d: { url: string }) => d.url);
  }, query);
  const pages = [...new Set(urls.map((u) => u.replace(/[?#].*$/, '')))];
  return { all: pages, firstPage: pages.slice(0, 10), first: pages[0] };
}

/** The queries that fail on a built copy served by nginx. */
async function failedQueries(dist: string, mode: 'ours' | 'pagefind'): Promise<string[]> {
  const server = await serveWithNginx(dist);
  const context = await browser.newContext();
  const page = await context.newPage();
  const failed: string[] = [];
  try {
    for (const q of RECALL_QUERIES) {
      let found: Found;
      if (mode === 'ours') {
        const o = await search(page, server.origin, q.query);
        found = { all: [...o.cards, ...o.results], firstPage: o.firstPage, first: o.results[0] ?? o.cards[0] };
      } else {
        await page.goto(`${server.origin}/search/`);
        // An older Pagefind may crash on a query: that query fails.
        found = await pagefindOwn(page, q.query).catch(() => ({ all: [], firstPage: [], first: undefined }));
      }
      if (!passes(q, found)) failed.push(q.query);
    }
  } finally {
    await context.close();
    await server.stop();
  }
  return failed;
}

const scratch = mkdtempSync(join(tmpdir(), 'spb-pagefind-versions-'));
// nginx's workers run unprivileged when started as root: they must be able to read the copies.
chmodSync(scratch, 0o755);
try {
  for (const prefix of prefixes) {
    const moduleUrl = pathToFileURL(join(resolve(prefix), 'node_modules/pagefind/lib/index.js')).href;
    const { version } = (
      await import(pathToFileURL(join(resolve(prefix), 'node_modules/pagefind/package.json')).href, {
        with: { type: 'json' },
      })
    ).default;
    for (const mode of ['ours', 'pagefind'] as const) {
      const dist = join(scratch, `${version}-${mode}`);
      cpSync(DIST, dist, { recursive: true, filter: (src) => !src.startsWith(join(DIST, 'pagefind')) });
      const api = await import(moduleUrl);
      if (mode === 'ours') await buildSearchIndex(dist, { cacheDir: `${dist}-cache`, pagefind: api });
      else {
        const { index, errors } = await api.createIndex({});
        const added = await index.addDirectory({ path: dist });
        const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
        await api.close();
        const problems = [...errors, ...added.errors, ...written.errors];
        if (problems.length || !added.page_count)
          throw new Error(`pagefind ${version} 建立索引失败：${problems.join('；') || '没有页面'}`);
      }
      const failed = await failedQueries(dist, mode);
      const passed = RECALL_QUERIES.length - failed.length;
      console.log(
        `pagefind ${version} ${mode === 'ours' ? '本站分词' : 'Pagefind 自带分词'}：${passed}/${RECALL_QUERIES.length}${failed.length ? `；未通过：${failed.join('，')}` : ''}`,
      );
      rmSync(dist, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
