import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContentEntryType } from 'astro';
import { describe, expect, test } from 'vitest';
import { bodyFilePath, pruneBodies, readBody, writeBody } from '../../src/loaders/body-files.ts';
import { rememberLastDigest, skipUnchangedFrontmatter } from '../../src/loaders/unchanged-entries.ts';
import {
  listFiles,
  literalPattern,
  recordFiles,
  statFiles,
  storedPaths,
  unchangedFiles,
  withoutEntries,
} from '../../src/loaders/file-stats.ts';

const root = '/site';
const digest = (text: string) => `d:${text.length}:${text}`;

/** An entry type that records which files it was asked to parse. */
function parsingEntryType(parsed: string[]): ContentEntryType {
  return {
    extensions: ['.mdx'],
    getEntryInfo: async ({ fileUrl, contents }) => {
      parsed.push(fileUrl.pathname);
      return { data: { title: contents }, body: contents, slug: '', rawData: contents };
    },
  };
}

const stored = [{ id: 'sfzf-2025-008', filePath: 'content/notices/a.mdx', digest: digest('甲'), data: {} }];
const info = (type: ContentEntryType, file: string, contents: string) =>
  type.getEntryInfo({ fileUrl: pathToFileURL(join(root, file)), contents });

describe('frontmatter of unchanged files during content sync', () => {
  test('is not parsed when path and digest match a stored entry, which keeps its id', async () => {
    const parsed: string[] = [];
    const type = skipUnchangedFrontmatter(parsingEntryType(parsed), stored, root, digest);
    expect(await info(type, 'content/notices/a.mdx', '甲')).toMatchObject({ data: { slug: 'sfzf-2025-008' } });
    expect(parsed).toEqual([]);
  });

  test('is parsed when the file changed, moved or is new', async () => {
    const parsed: string[] = [];
    const type = skipUnchangedFrontmatter(parsingEntryType(parsed), stored, root, digest);
    expect(await info(type, 'content/notices/a.mdx', '乙')).toMatchObject({ data: { title: '乙' } });
    await info(type, 'content/notices/b.mdx', '甲');
    expect(parsed).toEqual(['/site/content/notices/a.mdx', '/site/content/notices/b.mdx']);
  });

  test('keeps the rest of the entry type (its render function) as it was', () => {
    const render = async () => () => Promise.resolve({ html: '' });
    const type = skipUnchangedFrontmatter({ ...parsingEntryType([]), getRenderFunction: render }, stored, root, digest);
    expect(type.getRenderFunction).toBe(render);
    expect(type.extensions).toEqual(['.mdx']);
  });

  test('hashes the same text once when it is digested twice in a row', () => {
    const seen: string[] = [];
    const remembered = rememberLastDigest((text) => (seen.push(text), digest(text)));
    expect([remembered('甲'), remembered('甲'), remembered('乙'), remembered('甲')]).toEqual([
      digest('甲'),
      digest('甲'),
      digest('乙'),
      digest('甲'),
    ]);
    expect(seen).toEqual(['甲', '乙', '甲']);
  });
});

describe('rendered body files', () => {
  test('hold the HTML and the headings, and their hash changes when either does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodies-'));
    const file = bodyFilePath(dir, 'reports', 'report-2025');
    const headings = [{ depth: 2, slug: '一总体要求', text: '一、总体要求' }];
    const first = writeBody(file, { html: '<h2>一、总体要求</h2>', headings });
    expect(readBody(first, 'reports/report-2025')).toEqual({ html: '<h2>一、总体要求</h2>', headings });
    const otherHeadings = writeBody(file, { html: '<h2>一、总体要求</h2>', headings: [] });
    expect(otherHeadings.hash).not.toBe(first.hash);
  });

  test('are pruned when their entry is gone, with files of an older format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodies-'));
    const kept = writeBody(bodyFilePath(dir, 'notices', 'a'), { html: '甲', headings: [] });
    const gone = writeBody(bodyFilePath(dir, 'notices', 'b'), { html: '乙', headings: [] });
    writeFileSync(join(dir, 'notices', 'a.html'), '甲');
    pruneBodies(dir, 'notices', new Set(['a']));
    expect([existsSync(kept.file), existsSync(gone.file), existsSync(join(dir, 'notices', 'a.html'))]).toEqual([
      true,
      false,
      false,
    ]);
  });

  test('missing is a build error naming the entry', () => {
    expect(() => readBody({ file: '/nonexistent/a.json', hash: '' }, 'notices/a')).toThrow(
      'notices/a 的正文缓存文件不存在',
    );
  });
});

describe('files unchanged since the last content sync', () => {
  /** A store holding `entries` (id → file path relative to the root), with the calls that delete. */
  function fakeStore(entries: Record<string, string>) {
    const map = new Map(Object.entries(entries).map(([id, filePath]) => [id, { id, filePath, data: {} }]));
    return {
      get: (id: string) => map.get(id),
      keys: () => [...map.keys()],
      values: () => [...map.values()],
      delete: (id: string) => void map.delete(id),
      has: (id: string) => map.has(id),
    } as unknown as Parameters<typeof unchangedFiles>[2];
  }
  const setUp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-stats-'));
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, '.hidden'));
    for (const file of ['a.mdx', 'sub/b.mdx', '.hidden/c.mdx', '.d.mdx', 'e.yaml'])
      writeFileSync(join(dir, file), file);
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'a.mdx'), old, old);
    utimesSync(join(dir, 'sub/b.mdx'), old, old);
    const pathOf = (file: string) => `content/${file}`;
    return { dir, pathOf, store: fakeStore({ a: 'content/a.mdx', b: 'content/sub/b.mdx' }) };
  };
  const now = () => BigInt(Date.now()) * 1_000_000n;

  test('are listed as glob() lists them: hidden files and folders left out', () => {
    expect(listFiles(setUp().dir, '.mdx').sort()).toEqual(['a.mdx', 'sub/b.mdx']);
  });

  test('are those whose size and time are as recorded and whose entry is still stored from them', () => {
    const { dir, pathOf, store } = setUp();
    const files = listFiles(dir, '.mdx');
    const records = recordFiles(statFiles(dir, files), store, pathOf, now());
    expect(unchangedFiles(records, statFiles(dir, files), store, pathOf)).toEqual(
      new Map([
        ['a.mdx', 'a'],
        ['sub/b.mdx', 'b'],
      ]),
    );
    writeFileSync(join(dir, 'a.mdx'), 'a.mdx, edited');
    expect([...unchangedFiles(records, statFiles(dir, files), store, pathOf).keys()]).toEqual(['sub/b.mdx']);
    store.delete('b');
    expect(unchangedFiles(records, statFiles(dir, files), store, pathOf).size).toBe(0);
    expect(unchangedFiles('not records', statFiles(dir, files), store, pathOf).size).toBe(0);
  });

  test('modified just before they were recorded are not recorded, so they are read again', () => {
    const { dir, pathOf, store } = setUp();
    writeFileSync(join(dir, 'a.mdx'), 'a.mdx, just edited');
    const records = recordFiles(statFiles(dir, ['a.mdx', 'sub/b.mdx']), store, pathOf, now());
    expect(records.map(([file]) => file)).toEqual(['sub/b.mdx']);
  });

  test('are hidden from glob() so that it does not delete their entries as untouched', () => {
    const { store } = setUp();
    const view = withoutEntries(store, new Set(['a']));
    expect(view.keys()).toEqual(['b']);
    expect(view.get('a')).toBeDefined();
  });

  test('are named as glob() names them in stored entries: relative to the project root', () => {
    expect(storedPaths('/site', '/site/content/notices')('2025/a.mdx')).toBe('content/notices/2025/a.mdx');
    expect(storedPaths('/site', '/tmp/archive/notices')('a.mdx')).toBe('../tmp/archive/notices/a.mdx');
    expect(storedPaths('/site', '/site')('a.mdx')).toBe('a.mdx');
  });

  test('are matched one by one by literal glob patterns', () => {
    expect(literalPattern('2025/通知(一)[修订].mdx')).toBe('2025/通知\\(一\\)\\[修订\\].mdx');
  });
});
