/**
 * What a search costs a reader, measured in Chromium against nginx with the
 * production configuration (gzip as deployed): bytes fetched by a first search
 * (goal ≤ 300 KB) and by a later one (goal ≤ 60 KB), and the time from the last
 * keystroke to results. Figures are written to test-results/search-figures.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveWithNginx, type RunningServer } from '../../src/harness/nginx.ts';
import { launchChromium } from '../../src/harness/chromium.ts';
import { DIST, ROOT } from '../site/helpers.ts';
import { browserSearchFigures, indexFigures, type SearchMeasurement } from '../../src/bench/search-figures.ts';

const FIRST_BUDGET = 300 * 1024;
const LATER_BUDGET = 60 * 1024;
/** Not a speed goal (those are measured by npm run bench): only catches a search that hangs, so a loaded machine cannot fail it. */
const SLOW_MS = 20_000;

/** A journalist's 文号, a citizen's topic, a unit, a report phrase; then something else. */
const PAIRS: [string, string][] = [
  ['沙府发〔2025〕8号', '双减'],
  ['安全生产', '区发展改革委'],
  ['1220.9', '西部陆海新通道'],
  ['政府工作报告', '重庆'],
];

let server: RunningServer;
let browser: Browser;
const measured: { first: SearchMeasurement; later: SearchMeasurement }[] = [];
beforeAll(async () => {
  server = await serveWithNginx();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-results', 'search-figures.json'),
    `${JSON.stringify({ index: indexFigures(DIST), searches: measured }, null, 2)}\n`,
  );
});

describe.each(PAIRS)('searching %s, then %s', (first, later) => {
  test('fetches at most 300 KB the first time and 60 KB the second, and answers promptly', async () => {
    const figures = await browserSearchFigures(browser, server.origin, first, later);
    measured.push(figures);
    for (const m of [figures.first, figures.later]) {
      expect(m.results, m.query).toBeGreaterThan(0);
      expect(m.keystrokeToResultsMs, m.query).toBeLessThan(SLOW_MS);
    }
    expect(figures.first.bytes).toBeLessThanOrEqual(FIRST_BUDGET);
    expect(figures.later.bytes).toBeLessThanOrEqual(LATER_BUDGET);
  });
});

describe('the index on disk', () => {
  test('is counted by file and byte, with its parts', () => {
    const figures = indexFigures(DIST);
    expect(figures.files).toBe(Object.values(figures.parts).reduce((n, p) => n + p.files, 0));
    expect(figures.parts.docs.files).toBeGreaterThan(figures.parts.other.files);
    expect(figures.catalogueBytes).toBeGreaterThan(1000);
  });
});
