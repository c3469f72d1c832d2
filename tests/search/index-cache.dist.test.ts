/**
 * The search index's build cache (src/search-index/index-cache.ts, build-index.ts):
 * a rebuild reuses every shard whose pages' records are unchanged, builds again
 * only the shard whose page changed, and gives the same index as a clean build.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../src/search-index/build-index.ts';
import type { Catalogue } from '../../src/lib/search/catalogue.ts';

let root: string;
const page = (
  title: string,
  date: string | null,
  body: string,
  aside = '',
) => `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body>
<main data-pagefind-body data-pagefind-filter="类型:文件"${date ? ` data-search-date="${date}" data-pagefind-meta="date[data-search-date]"` : ''}>
<h1 data-pagefind-meta="title">${title}</h1><p>${body}</p><aside data-pagefind-ignore>${aside}</aside></main></body></html>`;

/** A site of five pages: 2020 (2), 2021 (1), 2025 (1) and one without a date; with shards and segments of 2 pages: [undated, 2020], [2021], and the newest year alone, [2025]. */
function writeSite(dist: string, changes: Record<string, string> = {}): void {
  const pages: Record<string, string> = {
    'documents/a/index.html': page('安全生产工作要点', '2020-03-01', '加强安全生产监管。'),
    'documents/b/index.html': page('防灾减灾通知', '2020-05-01', '做好防汛抗旱工作。'),
    'documents/c/index.html': page('消防工作意见', '2021-01-01', '落实消防安全责任。'),
    'documents/d/index.html': page('双减工作方案', '2025-02-01', '推进双减政策落地。'),
    'glossary/e/index.html': page('双减', null, '减轻学生作业负担和校外培训负担。'),
    ...changes,
  };
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
}

const catalogueOf = (dist: string): Catalogue =>
  JSON.parse(readFileSync(join(dist, 'pagefind/catalogue.json'), 'utf8'));
const build = (dist: string, cache: string) =>
  buildSearchIndex(dist, { cacheDir: cache, root: process.cwd(), shardPages: 2 });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'spb-index-cache-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('building the search index again', () => {
  test('reuses every shard when no page changed, and gives the same catalogue', async () => {
    const dist = join(root, 'same');
    writeSite(dist);
    const first = await build(dist, join(root, 'same-cache'));
    const catalogue = catalogueOf(dist);
    const again = await build(dist, join(root, 'same-cache'));
    expect(first.shards).toMatchObject({ built: 3, reused: 0, pagesIndexed: 5 });
    expect(again.shards).toMatchObject({ built: 0, reused: 3, pagesIndexed: 0 });
    expect(first.shards.peakMB).toBeGreaterThan(10);
    expect(catalogueOf(dist)).toEqual(catalogue);
  });

  test("builds again only the shard of a page whose text changed, and the result equals a clean build's", async () => {
    const dist = join(root, 'changed');
    writeSite(dist);
    await build(dist, join(root, 'changed-cache'));
    const before = catalogueOf(dist).shards.map((s) => s.path);
    const untouched = join(dist, 'pagefind', before[0], 'pagefind-entry.json');
    const inode = statSync(untouched).ino;
    writeSite(dist, {
      'documents/d/index.html': page('双减工作方案', '2025-02-01', '推进双减政策落地，减轻作业负担。'),
    });
    const summary = await build(dist, join(root, 'changed-cache'));
    const after = catalogueOf(dist).shards.map((s) => s.path);
    expect(summary.shards).toMatchObject({ built: 1, reused: 2, pagesIndexed: 1 });
    expect(after.filter((path) => !before.includes(path))).toHaveLength(1);
    // The unchanged shard's folder in dist/ stays as it was; the replaced one is gone.
    expect(after[0]).toBe(before[0]);
    expect(statSync(untouched).ino).toBe(inode);
    expect(readdirSync(join(dist, 'pagefind/s')).sort()).toEqual(after.map((p) => p.split('/')[1]).sort());
    // The cache keeps only the shards in use.
    expect(readdirSync(join(root, 'changed-cache/search-index/shards')).sort()).toEqual(
      after.map((p) => p.split('/')[1]).sort(),
    );

    const clean = join(root, 'clean');
    writeSite(clean, {
      'documents/d/index.html': page('双减工作方案', '2025-02-01', '推进双减政策落地，减轻作业负担。'),
    });
    await build(clean, join(root, 'clean-cache'));
    expect(catalogueOf(dist)).toEqual(catalogueOf(clean));
  });

  test('reuses the shard of a page whose HTML changed outside the indexed text', async () => {
    const dist = join(root, 'aside');
    writeSite(dist);
    await build(dist, join(root, 'aside-cache'));
    writeSite(dist, {
      'glossary/e/index.html': page('双减', null, '减轻学生作业负担和校外培训负担。', '出现在：双减工作方案'),
    });
    expect((await build(dist, join(root, 'aside-cache'))).shards).toMatchObject({
      built: 0,
      reused: 3,
      pagesIndexed: 0,
    });
  });

  test('removes a shard left half-built by a build that stopped', async () => {
    const dist = join(root, 'stopped');
    writeSite(dist);
    mkdirSync(join(root, 'stopped-cache/search-index/building-99999'), { recursive: true });
    await build(dist, join(root, 'stopped-cache'));
    expect(readdirSync(join(root, 'stopped-cache/search-index')).filter((n) => n.startsWith('building-'))).toEqual([]);
  });

  test('builds every shard again when the index code differs (its salt)', async () => {
    const dist = join(root, 'salt');
    writeSite(dist);
    await build(dist, join(root, 'salt-cache'));
    const other = await buildSearchIndex(dist, {
      cacheDir: join(root, 'salt-cache'),
      root: join(root, 'no-project'),
      shardPages: 2,
    });
    expect(other.shards).toMatchObject({ built: 3, reused: 0, pagesIndexed: 5 });
  });
});
