/**
 * The parse cache: unchanged files come from it, changed ones are read again,
 * and the messages (with their lines) are the same with or without it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import contentRules from '../../src/integrations/content-rules.ts';
import {
  checkContent,
  formatMessage,
  ParseCache,
  parseCacheFile,
  type CheckResult,
} from '../../src/content-check/index.ts';
import { validFiles, writeProject } from './fixture.ts';

const N2025 = 'notices/sfzf-2025-008.mdx';

/** A project with the valid files and a cache file inside it. */
function project(changes: Record<string, string | null> = {}) {
  const root = writeProject({ ...validFiles(), ...changes });
  const cache = new ParseCache(parseCacheFile(join(root, 'cache'), join(root, 'content')));
  const check = (withCache = true) => checkContent('content', root, withCache ? { cache } : {});
  const edit = (path: string, from: string, to: string) => {
    const text = validFiles()[path];
    if (!text.includes(from)) throw new Error(`fixture ${path} has no “${from}”`);
    writeFileSync(join(root, 'content', path), text.replace(from, to));
  };
  return { root, cache, check, edit };
}

const lines = (result: CheckResult) => [...result.errors, ...result.warnings].map(formatMessage);

describe('parse cache', () => {
  test('a second check reads every unchanged file from the cache and reports the same', () => {
    const { cache, check } = project();
    const first = check();
    expect(cache.lastRun).toEqual({ reused: 0, parsed: 9 });
    expect(existsSync(cache.file)).toBe(true);
    const second = check();
    expect(cache.lastRun).toEqual({ reused: 9, parsed: 0 });
    expect(second).toEqual(first);
  });

  test('a changed file is read again and its new data is checked', () => {
    const { cache, check, edit } = project();
    check();
    edit(N2025, "signedDate: '2025-03-05'", "signedDate: '2025-02-30'");
    const result = check();
    expect(cache.lastRun).toEqual({ reused: 8, parsed: 1 });
    expect(lines(result)).toEqual([
      'content/notices/sfzf-2025-008.mdx:6 signedDate: 不是存在的日期（请检查月份和日）（现为 “2025-02-30”）',
    ]);
  });

  test('an error in a file that was valid when cached is reported with its line, as without a cache', () => {
    const { check, edit } = project();
    expect(check().errors).toEqual([]);
    edit(N2025, 'gazettePage: 36', 'gazettePage: 三十六');
    const cached = check();
    expect(lines(cached)).toEqual(lines(check(false)));
    expect(lines(cached)).toContain('content/notices/sfzf-2025-008.mdx:9 gazettePage: 应为数字，实际是“三十六”');
  });

  test('a message about a file read from the cache keeps its line', () => {
    const { cache, check, edit } = project();
    check();
    // Only the notice changes; the gazette whose contents now disagree with it comes from the cache.
    edit(N2025, 'gazette: 2025-01\n', '');
    const cached = check();
    expect(cache.lastRun).toEqual({ reused: 8, parsed: 1 });
    expect(lines(cached)).toEqual(lines(check(false)));
    expect(lines(cached)).toContain(
      'content/gazettes/2025-01.mdx:14 contents[1].notice: 目录列出了 content/notices/sfzf-2025-008.mdx，但该文件的 gazette 是 空：应为“2025-01”',
    );
  });

  test('an edit of the body alone reuses the cached frontmatter', () => {
    const { cache, check, root } = project();
    check();
    writeFileSync(join(root, 'content', N2025), `${validFiles()[N2025]}\n新增的一段正文。\n`);
    check();
    expect(cache.lastRun).toEqual({ reused: 9, parsed: 0 });
  });

  test('a deleted or corrupt cache file is harmless: the files are read again', () => {
    const { cache, check } = project();
    const first = check();
    rmSync(cache.file);
    const fresh = new ParseCache(cache.file);
    const root = join(cache.file, '../../..');
    expect(checkContent('content', root, { cache: fresh })).toEqual(first);
    expect(fresh.lastRun).toEqual({ reused: 0, parsed: 9 });
    writeFileSync(cache.file, 'not a cache\nsomething\tgarbage\n');
    const corrupt = new ParseCache(cache.file);
    expect(checkContent('content', root, { cache: corrupt })).toEqual(first);
    expect(corrupt.lastRun).toEqual({ reused: 0, parsed: 9 });
  });

  test('a run that parsed a changed file appends its lines instead of writing the whole file again', () => {
    const { cache, check, edit } = project();
    check();
    const before = readFileSync(cache.file, 'utf8');
    edit(N2025, 'gazettePage: 36', 'gazettePage: 37');
    check();
    const after = readFileSync(cache.file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    // Two lines: the file's data and its body check.
    expect(after.slice(before.length).split('\n').filter(Boolean)).toHaveLength(2);
    check();
    expect(cache.lastRun).toEqual({ reused: 9, parsed: 0 });
    expect(readFileSync(cache.file, 'utf8')).toBe(after);
  });

  test('when unused lines pass a fifth of the file, it is written again with the used lines only', () => {
    const { cache, check, edit } = project();
    const entryLines = () => readFileSync(cache.file, 'utf8').split('\n').slice(1).filter(Boolean);
    check();
    for (const page of [37, 38]) {
      edit(N2025, 'gazettePage: 36', `gazettePage: ${page}`);
      check();
    }
    // 16 used lines (9 files' data, 7 MDX bodies) and 4 unused (earlier versions of the notice: data and body) of 20: not more than a fifth, appended.
    expect(entryLines()).toHaveLength(20);
    edit(N2025, 'gazettePage: 36', 'gazettePage: 39');
    check();
    // 6 unused of 22: more than a fifth, written again.
    expect(entryLines()).toHaveLength(16);
    expect(entryLines().filter((line) => !line.startsWith('mdx-body:'))).toHaveLength(9);
    expect(entryLines().some((line) => line.includes('"gazettePage":39'))).toBe(true);
  });

  test('a line cut short (a run stopped while appending) is a miss: the file is parsed again', () => {
    const { cache, check, edit } = project();
    const first = check();
    edit(N2025, 'gazettePage: 36', 'gazettePage: 37');
    const edited = check();
    writeFileSync(cache.file, readFileSync(cache.file, 'utf8').slice(0, -20));
    const fresh = new ParseCache(cache.file);
    const root = join(cache.file, '../../..');
    expect(checkContent('content', root, { cache: fresh })).toEqual(edited);
    expect(fresh.lastRun).toEqual({ reused: 8, parsed: 1 });
    expect(checkContent('content', root, { cache: new ParseCache(cache.file) })).toEqual(edited);
    expect(first.errors).toEqual([]);
  });

  test('a value JSON cannot hold (.nan) is not cached and is reported the same each time', () => {
    const { cache, check, edit } = project();
    edit(N2025, 'gazettePage: 36', 'gazettePage: .nan');
    const first = lines(check());
    const second = lines(check());
    expect(second).toEqual(first);
    expect(first.some((line) => line.startsWith('content/notices/sfzf-2025-008.mdx:9 gazettePage:'))).toBe(true);
    expect(cache.lastRun).toEqual({ reused: 8, parsed: 1 });
  });

  test('the content-rules integration keeps its cache in Astro’s cacheDir', () => {
    const root = writeProject(validFiles());
    const cacheDir = pathToFileURL(join(root, 'astro-cache/'));
    const hook = contentRules().hooks['astro:config:setup'] as (options: unknown) => void;
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    hook({ config: { root: pathToFileURL(`${root}/`), cacheDir }, logger, command: 'build' });
    expect(readdirSync(join(root, 'astro-cache/content-check')).filter((f) => f.endsWith('.tsv'))).toHaveLength(1);
  });
});
