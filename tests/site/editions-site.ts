/**
 * A site built from one text in two styles: the 2022 work report as seed 003 prints it,
 * then re-styled as seed 000 prints its text with three planted word changes and one
 * changed 名词解释 definition, imported with --edition; and 沙府发〔2022〕8号 with one word changed.
 * Used by the dist and browser tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from './helpers.ts';
import { runImport } from '../../src/importer/run.ts';
import {
  notice2022,
  originalReport,
  PLANTED,
  PLANTED_DEFINITION,
  PLANTED_NOTICE,
  restyledReport,
} from '../../src/bench/edition-pairs.ts';

export interface EditionsSite {
  tmp: string;
  content: string;
  dist: string;
  status: number | null;
  /** Build output without terminal colour codes. */
  output: string;
}

export function buildEditionsSite(): EditionsSite {
  const tmp = mkdtempSync(join(tmpdir(), 'spb-editions-site-'));
  const content = join(tmp, 'content');
  const dist = join(tmp, 'dist');
  const word = join(tmp, 'report-word.txt');
  const restyled = join(tmp, 'report-restyled.txt');
  writeFileSync(word, originalReport());
  writeFileSync(restyled, restyledReport([...PLANTED, PLANTED_DEFINITION]));
  runImport({ files: [word], contentDir: content });
  runImport({ files: [restyled], contentDir: content, edition: true });
  const notice = join(tmp, 'notice.txt');
  const noticeChanged = join(tmp, 'notice-changed.txt');
  writeFileSync(notice, notice2022());
  writeFileSync(noticeChanged, notice2022([PLANTED_NOTICE]));
  runImport({ files: [notice], contentDir: content });
  runImport({ files: [noticeChanged], contentDir: content, edition: true });
  for (const c of ['indicators', 'tasks', 'gazettes', 'notices']) mkdirSync(join(content, c), { recursive: true });
  const run = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: ROOT,
    env: { ...process.env, SPB_CONTENT_DIR: content, SPB_CACHE_DIR: join(tmp, '.cache') },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { tmp, content, dist, status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}
