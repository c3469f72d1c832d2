/**
 * A 100-document smoke run of `npm run bench`: the benchmark itself is not part of
 * the test suite (too slow, and timing on a shared machine is noise), but it must keep working.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

test('the benchmark runs on a 100-document archive, reports every figure and proves the rebuild matches a clean build', () => {
  const run = spawnSync('npm', ['run', 'bench', '--', '--docs', '100', '--terms', '150', '--issues', '5', '--verify'], { cwd: ROOT, encoding: 'utf8', timeout: 900_000 });
  expect(run.status, run.stderr).toBe(0);
  const results = JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8'));
  expect(results.archive).toEqual({ documents: 100, terms: 150, issues: 5 });
  expect(results.build.ours.seconds).toBeGreaterThan(0);
  expect(results.build.baseline.seconds).toBeGreaterThan(0);
  expect(results.build.ratio).toBeCloseTo(results.build.ours.seconds / results.build.baseline.seconds, 5);
  expect(results.build.ours.peakMB).toBeGreaterThan(50);
  // Summed over Node and the Pagefind binary, sampled: at least about the largest single process.
  expect(results.build.ours.peakTreeMB).toBeGreaterThan(results.build.ours.peakMB * 0.8);
  expect(results.rebuild.seconds).toBeGreaterThan(0);
  // The incremental rebuild copied the unchanged pages, and gave exactly what a clean build gives.
  expect(results.rebuild.pages.restored).toBeGreaterThan(100);
  expect(results.rebuild.pages.rendered).toBeGreaterThan(10);
  expect(results.rebuild.verified).toMatchObject({ differingCount: 0 });
  expect(results.rebuild.verified.pages).toBeGreaterThan(100);
  expect(Object.keys(results.build.ours.phases)).toEqual(expect.arrayContaining(['contentSync', 'vite', 'renderPages', 'searchIndex']));
  // One page per type was weighed, and a document page has HTML and CSS.
  expect(Object.keys(results.pages)).toEqual(expect.arrayContaining(['home', 'gazette', 'document', 'report', 'glossaryTerm']));
  expect(results.pages.document.htmlCssGzip).toBeGreaterThan(1000);
  expect(results.output.ours.files).toBeGreaterThan(100);
  expect(results.importer.medianMs).toBeGreaterThan(0);
  expect(run.stdout).toContain('本站 / 基准');
}, 900_000);
