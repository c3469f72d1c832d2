import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fragmentUrl, pagefindWritten, pruneBundle } from '../../src/search-index/index-files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spb-index-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('fragmentUrl', () => {
  test('reads the URL from the head of a Pagefind fragment, however long the fragment', () => {
    const file = join(dir, 'und_1.pf_fragment');
    const content = Array.from({ length: 20000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join(
      ' ',
    );
    writeFileSync(file, gzipSync(`pagefind_dcd${JSON.stringify({ url: '/documents/a-"b"/', content })}`));
    expect(fragmentUrl(file)).toBe('/documents/a-"b"/');
  });

  test('names the fragment that has no URL', () => {
    const file = join(dir, 'und_2.pf_fragment');
    writeFileSync(file, gzipSync('pagefind_dcd{"content":"x"}'));
    expect(() => fragmentUrl(file)).toThrow(`Pagefind 片段 ${file} 中没有 url`);
  });
});

describe('pagefindWritten', () => {
  test('waits until every file Pagefind created has its contents', async () => {
    mkdirSync(join(dir, 'index'));
    writeFileSync(join(dir, 'index', 'und_a.pf_index'), '');
    setTimeout(() => writeFileSync(join(dir, 'index', 'und_a.pf_index'), 'data'), 60);
    await pagefindWritten(dir);
    expect(readdirSync(join(dir, 'index'))).toEqual(['und_a.pf_index']);
  });

  test('gives up after its time, naming the empty files', async () => {
    writeFileSync(join(dir, 'pagefind-entry.json'), '');
    await expect(pagefindWritten(dir, 50)).rejects.toThrow(/Pagefind 未写完索引文件.*pagefind-entry\.json/);
  });
});

describe('pruneBundle', () => {
  test("keeps Pagefind's search code, metadata and index chunks, and our files; removes UI bundles and fragments", () => {
    for (const name of [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json',
      'pagefind.und_1.pf_meta',
      'wasm.unknown.pagefind',
      'pagefind-ui.js',
      'pagefind-highlight.js',
      'catalogue.json',
    ])
      writeFileSync(join(dir, name), 'x');
    for (const folder of ['index', 'fragment', 'docs']) mkdirSync(join(dir, folder));
    pruneBundle(dir, ['docs', 'catalogue.json']);
    expect(readdirSync(dir).sort()).toEqual([
      'catalogue.json',
      'docs',
      'index',
      'pagefind-entry.json',
      'pagefind-worker.js',
      'pagefind.js',
      'pagefind.und_1.pf_meta',
      'wasm.unknown.pagefind',
    ]);
  });
});
