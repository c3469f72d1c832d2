/**
 * Recall suite: every query in recall-queries.ts, typed into the built search
 * page in Debian's Chromium (served by nginx with deploy/nginx.conf), must
 * return each of its expected pages; a 文号 must bring its own document first
 * and an exact title its document onto the first page. Run on the site as
 * built (one shard) and on a copy indexed in small shards, which the browser
 * merges.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveWithNginx, type RunningServer } from '../../src/harness/nginx.ts';
import { launchChromium } from '../../src/harness/chromium.ts';
import { RECALL_QUERIES } from '../../src/bench/recall-queries.ts';
import { search } from '../../src/harness/search-ui.ts';
import { shardedCopy, type ShardedCopy } from './sharded-copy.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('the recall queries', () => {
  test('number at least 60 and come from all four exports', () => {
    expect(RECALL_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RECALL_QUERIES.map((q) => q.source))).toEqual(new Set(['000', '002', '003', '004']));
  });
});

describe.each([
  { layout: 'the site as built', shardPages: 0 },
  { layout: 'the site indexed in shards of 5 pages', shardPages: 5 },
])('$layout', ({ shardPages }) => {
  let server: RunningServer;
  let copy: ShardedCopy | null = null;
  beforeAll(async () => {
    copy = shardPages ? await shardedCopy(shardPages) : null;
    if (copy) expect(copy.shards).toBeGreaterThanOrEqual(3);
    server = await serveWithNginx(copy?.dist);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    copy?.remove();
  });

  describe.each(RECALL_QUERIES)('search for $query ($source, $kind)', ({ query, expect: expected, rank }) => {
    test('returns every expected page', async () => {
      const outcome = await search(page, server.origin, query);
      const found = [...outcome.cards, ...outcome.results];
      expect(
        expected.filter((path) => !found.includes(path)),
        `${outcome.status} ${found.join(' ')}`,
      ).toEqual([]);
      if (rank === 'first') expect(outcome.results[0] ?? outcome.cards[0]).toBe(expected[0]);
      if (rank === 'first-page') expect(expected.filter((path) => !outcome.firstPage.includes(path))).toEqual([]);
    });
  });
});
