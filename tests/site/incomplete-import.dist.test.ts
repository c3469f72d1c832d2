/**
 * An export cut short and imported with --accept-incomplete: what `npm run
 * check` passes, the build passes, and every page the cut touches tells the
 * reader that its text is incomplete.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from './helpers.ts';
import { runImport } from '../../src/importer/run.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { SEED } from '../importer/helpers/seeds.ts';
import { cutAt, seedText, writeExport } from '../../src/bench/damage.ts';

const tmp = mkdtempSync(join(tmpdir(), 'spb-incomplete-'));
const content = join(tmp, 'content');
const dist = join(tmp, 'dist');
let build: { status: number | null; output: string };

beforeAll(() => {
  runImport({
    files: [writeExport(SEED.s000, cutAt(seedText(SEED.s000), 0.5))],
    contentDir: content,
    acceptIncomplete: true,
  });
  for (const c of ['indicators', 'tasks']) mkdirSync(join(content, c), { recursive: true });
  const run = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: ROOT,
    env: { ...process.env, SPB_CONTENT_DIR: content, SPB_CACHE_DIR: join(tmp, '.cache') },
    encoding: 'utf8',
    timeout: 300_000,
  });
  // CI may force colour on; the words matter, not the escape codes around them.
  build = { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const load = (path: string) => cheerio.load(readFileSync(join(dist, path, 'index.html'), 'utf8'));

describe('a gazette issue imported from a cut export', () => {
  test('passes the checker and the build', () => {
    expect(checkContent(content, ROOT).errors).toEqual([]);
    expect(build.output).toContain('[content-rules] 没有错误');
    expect(build.status).toBe(0);
  });

  test('the document where the export stops says so on its page', () => {
    const $ = load('documents/sfzf-2025-008');
    const banner = $('.banner[role="note"]').filter((_i, el) => $(el).text().includes('本页内容不完整'));
    expect(banner).toHaveLength(1);
    expect(banner.text()).toContain('目录中此后还有 4 个文件');
  });

  test('the issue’s page names every contents entry the export lacked', () => {
    const $ = load('gazettes/2025-01');
    const items = $('.banner li')
      .map((_i, el) => $(el).text())
      .get();
    expect(
      items.filter((t) => t.includes('在正文中没有对应的文件')).map((t) => t.match(/目录第 (\d) 条/)?.[1]),
    ).toEqual(['3', '4', '5', '6']);
  });

  test('a document the export held whole carries no such banner', () => {
    expect(load('reports/work-report-2025').text()).not.toContain('本页内容不完整');
  });
});
