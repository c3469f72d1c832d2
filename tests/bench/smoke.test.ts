/**
 * A 100-document smoke run of `npm run bench`: the benchmark itself is not part of
 * the test suite (too slow, and timing on a shared machine is noise), but it must keep working.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

test('the benchmark runs on a 100-document archive and reports every figure', () => {
  const run = spawnSync('npm', ['run', 'bench', '--', '--docs', '100', '--terms', '150', '--issues', '5'], { cwd: ROOT, encoding: 'utf8', timeout: 900_000 });
  expect(run.status, run.stderr).toBe(0);
  const results = JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8'));
  expect(results.archive).toEqual({ documents: 100, terms: 150, issues: 5 });
  expect(results.build.ours.seconds).toBeGreaterThan(0);
  expect(results.build.baseline.seconds).toBeGreaterThan(0);
  expect(results.build.ratio).toBeCloseTo(results.build.ours.seconds / results.build.baseline.seconds, 5);
  expect(results.build.ours.peakMB).toBeGreaterThan(50);
  expect(results.rebuild.seconds).toBeGreaterThan(0);
  // One page per type was weighed, and a document page has HTML and CSS.
  expect(Object.keys(results.pages)).toEqual(expect.arrayContaining(['home', 'gazette', 'document', 'report', 'glossaryTerm']));
  expect(results.pages.document.htmlCssGzip).toBeGreaterThan(1000);
  expect(results.output.ours.files).toBeGreaterThan(100);
  expect(results.importer.medianMs).toBeGreaterThan(0);
  expect(run.stdout).toContain('本站 / 基准');
}, 900_000);
