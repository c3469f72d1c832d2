import { describe, expect, test } from 'vitest';
import { buildCatalogue, docDate, docFacets, isGlossary, shardOf } from '../../src/lib/search/catalogue.ts';
import { pagefindPageHashes, SIGNATURE } from '../../src/lib/search/pf-meta.ts';

const zone = { wenhao: 0, title: 4 };
const catalogue = buildCatalogue([
  {
    path: 's/old/',
    meta: 'und_meta',
    entries: [
      {
        filters: { 类型: ['文件'], 年份: ['2025'], 发文机关: ['区政府', '区委'] },
        date: '2025-03-05',
        zone: { wenhao: 6, title: 20 },
      },
      { filters: { 类型: ['文件'], 年份: ['2025'], 发文机关: ['区政府', '区委'] }, date: '2025-04-01', zone },
    ],
  },
  {
    path: 's/terms/',
    meta: 'und_meta2',
    entries: [{ filters: { 类型: ['名词'] }, date: null, zone: { wenhao: 0, title: 2 } }],
  },
]);

describe('buildCatalogue', () => {
  test('numbers each facet value once and each set of values once', () => {
    expect(catalogue.values).toEqual([
      [0, '文件'],
      [1, '2025'],
      [2, '区政府'],
      [2, '区委'],
      [0, '名词'],
    ]);
    expect(catalogue.combos).toEqual([[0, 1, 2, 3], [4]]);
    expect(catalogue.combo).toEqual([0, 0, 1]);
  });

  test('keeps dates and the 文号 and title lengths per document, shard after shard, in the order given', () => {
    expect(catalogue).toMatchObject({
      version: 3,
      date: [20250305, 20250401, 0],
      wenhao: [6, 0, 0],
      title: [20, 4, 2],
    });
  });

  test('lists the shards with their metadata file and number of documents', () => {
    expect(catalogue.shards).toEqual([
      { path: 's/old/', meta: 'und_meta', docs: 2 },
      { path: 's/terms/', meta: 'und_meta2', docs: 1 },
    ]);
  });

  test('refuses a date it cannot read, naming it', () => {
    expect(() =>
      buildCatalogue([{ path: 's/x/', meta: 'm', entries: [{ filters: {}, date: '2025年3月', zone }] }]),
    ).toThrow('日期“2025年3月”应为 YYYY-MM-DD');
  });
});

describe('reading the catalogue', () => {
  test('gives a document its facets, date and whether it is a glossary term', () => {
    expect(docFacets(catalogue, 1)).toEqual({ 类型: ['文件'], 年份: ['2025'], 发文机关: ['区政府', '区委'] });
    expect(docDate(catalogue, 1)).toBe('2025-04-01');
    expect(docDate(catalogue, 2)).toBeNull();
    expect([0, 2].map((d) => isGlossary(catalogue, d))).toEqual([false, true]);
  });

  test('finds the shard that holds a document and its place there', () => {
    expect(shardOf(catalogue, 1)).toEqual({ shard: catalogue.shards[0], place: 1 });
    expect(shardOf(catalogue, 2)).toEqual({ shard: catalogue.shards[1], place: 0 });
    expect(() => shardOf(catalogue, 3)).toThrow('搜索目录中没有第 3 个文档');
  });
});

/** Minimal CBOR for the test: unsigned integers, text strings and arrays. */
function cbor(value: unknown): number[] {
  const head = (major: number, n: number) =>
    n < 24 ? [(major << 5) | n] : n < 256 ? [(major << 5) | 24, n] : [(major << 5) | 25, n >> 8, n & 255];
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  const items = value as unknown[];
  return [...head(4, items.length), ...items.flatMap(cbor)];
}
const metaFile = (pages: unknown[]) =>
  new Uint8Array([...new TextEncoder().encode(SIGNATURE), ...cbor(['1.6.0', pages, [['a', 'b', 'und_c']], [], []])]);

describe('pagefindPageHashes', () => {
  test("reads the page hashes of Pagefind's metadata file, in its order", () => {
    expect(
      pagefindPageHashes(
        metaFile([
          ['und_3c0d5de', 618, ''],
          ['und_255956c', 1044, ''],
          ['und_x', 300],
        ]),
      ),
    ).toEqual(['und_3c0d5de', 'und_255956c', 'und_x']);
  });

  test('says what is wrong with a file it cannot read', () => {
    expect(() => pagefindPageHashes(new TextEncoder().encode('{"pages":[]}'))).toThrow('开头应为 pagefind_dcd');
    expect(() => pagefindPageHashes(metaFile([['und_a', 1]]).subarray(0, 20))).toThrow('文件在数据中途结束');
  });
});
