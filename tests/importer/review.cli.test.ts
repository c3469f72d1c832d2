/** `npm run import -- … --review <file.html>` writes the review page, on a dry run and on a refusal, and nothing else. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SEED, snapshot, tempContentDir } from './helpers/seeds.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const cli = (args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

test('a dry run writes the review page and leaves the content folder as it was', () => {
  const dir = tempContentDir();
  const review = join(tempContentDir(), 'review.html');
  const before = snapshot(dir);
  const run = cli([SEED.s004, '--content-dir', dir, '--dry-run', '--review', review]);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`审阅页：${review}`);
  const html = readFileSync(review, 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('reports/supervision-report-2022.mdx');
  expect(html).not.toMatch(/<script/i);
  expect(snapshot(dir)).toEqual(before);
});

test('a refused import still writes a review page naming why', () => {
  const dir = tempContentDir();
  const bad = join(dir, '..', `empty-${process.pid}.txt`);
  writeFileSync(bad, '');
  const review = join(tempContentDir(), 'refused.html');
  const run = cli([bad, '--content-dir', join(dir, 'content'), '--review', review]);
  expect(run.status).toBe(1);
  expect(existsSync(review)).toBe(true);
  expect(readFileSync(review, 'utf8')).toContain('导入被拒绝，未写入任何文件');
});
