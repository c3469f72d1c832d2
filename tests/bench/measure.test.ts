import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareOutputs } from '../../src/bench/compare-output.ts';
import { pagesOf, phasesOf } from '../../src/bench/measure.ts';

describe('build phases from time-stamped output', () => {
  test('splits the build at the lines Astro prints, in order', () => {
    const lines = [
      { at: 1000, text: '06:15:16 [content-rules] 没有错误。' },
      { at: 2000, text: '06:15:18 [content] Syncing content' },
      { at: 5000, text: '06:15:45 [content] Synced content' },
      { at: 5500, text: '06:15:45 [build] ✓ Completed in 30.97s.' },
      { at: 6000, text: '06:15:45 [build] Building static entrypoints...' },
      { at: 9000, text: '\x1b[42m generating static routes \x1b[0m' },
      { at: 14000, text: '06:15:52 ✓ Completed in 5.34s.' },
      { at: 20000, text: '06:16:24 [pagefind-search] 搜索索引：1221 个页面' },
    ];
    expect(phasesOf(lines, 20500)).toEqual({
      startAndChecks: 2, contentSync: 3, collectBuildInfo: 1, vite: 3, renderPages: 5, searchIndex: 6, rest: 0.5,
    });
  });

  test('leaves out phases whose line never came (the baseline has no search index)', () => {
    const phases = phasesOf([{ at: 1000, text: '[content] Syncing content' }, { at: 3000, text: '[content] Synced content' }], 4000);
    expect(phases).toEqual({ startAndChecks: 1, contentSync: 2, rest: 1 });
  });
});

describe('pages of a build from its output', () => {
  test('counts rendered pages and pages taken from the last build, copied or left in place', () => {
    const lines = [
      '09:01:05   ├─ /documents/a/index.html (+7ms) ',
      '09:01:05   ├─ /documents/b/index.html (restored)',
      '09:01:05   ├─ /documents/c/index.html (cached)',
      '09:01:05   ├─ /documents/d/index.html (cached)',
      '09:01:06 ✓ Completed in 2.48s.',
    ];
    expect(pagesOf(lines)).toEqual({ rendered: 1, restored: 3 });
  });
});

describe('comparing two builds', () => {
  const write = (root: string, files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  };

  test('ignores hashed asset names and reports pages that differ or are missing', () => {
    const a = mkdtempSync(join(tmpdir(), 'cmp-a-'));
    const b = mkdtempSync(join(tmpdir(), 'cmp-b-'));
    write(a, { 'index.html': '<link href="/_astro/a.1234.css">甲', 'x/index.html': '乙', 'only-a/index.html': '丙', 'pagefind/x.json': '1' });
    write(b, { 'index.html': '<link href="/_astro/a.9876.css">甲', 'x/index.html': '乙改', 'pagefind/x.json': '2' });
    expect(compareOutputs(a, b)).toEqual({ pages: 3, differing: ['only-a/index.html', 'x/index.html'] });
  });

  test("compares the search index by its catalogue, which names every shard by digest, and nothing else of it", () => {
    const a = mkdtempSync(join(tmpdir(), 'cmp-a-'));
    const b = mkdtempSync(join(tmpdir(), 'cmp-b-'));
    write(a, { 'pagefind/catalogue.json': '{"shards":[{"path":"s/1/"}]}', 'pagefind/s/1/x.json': '1' });
    write(b, { 'pagefind/catalogue.json': '{"shards":[{"path":"s/2/"}]}', 'pagefind/s/2/x.json': '1' });
    expect(compareOutputs(a, b)).toEqual({ pages: 1, differing: ['pagefind/catalogue.json'] });
  });
});

describe('memory of a process tree', () => {
  test('adds the resident memory of the children to that of the parent', async () => {
    const { spawn } = await import('node:child_process');
    const { treeRssMB } = await import('../../src/bench/tree-memory.ts');
    const alone = treeRssMB(process.pid);
    const child = spawn(process.execPath, ['-e', 'const keep = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => keep.length, 5000)']);
    try {
      await new Promise((r) => setTimeout(r, 1500));
      expect(treeRssMB(process.pid)).toBeGreaterThan(alone + 50);
    } finally {
      child.kill();
    }
  });
});
