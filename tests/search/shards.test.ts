import { describe, expect, test } from 'vitest';
import { groupShards, pageYear, shardKey } from '../../src/lib/search/shards.ts';

const pages = (year: number | null, count: number, prefix = String(year)) =>
  Array.from({ length: count }, (_, i) => ({ url: `/${prefix}/${String(i).padStart(3, '0')}/`, year }));
const urls = (shards: { url: string }[][]) => shards.map((s) => s.map((p) => p.url));

describe('pageYear', () => {
  test('reads the year of the first data-search-date in the page', () => {
    expect(
      pageYear('<dl data-search-date="2025-03-05" data-search-year="2025"></dl><li data-search-date="2019-01-01">'),
    ).toBe(2025);
  });

  test('returns null for a page without one, or with a date it cannot read', () => {
    expect(pageYear('<main data-pagefind-body><h1>双减</h1></main>')).toBeNull();
    expect(pageYear('<dl data-search-date="2025年3月"></dl>')).toBeNull();
  });
});

describe('groupShards', () => {
  test('closes a shard of whole years, oldest first, once it holds the target number of pages', () => {
    const shards = groupShards([...pages(2024, 2), ...pages(2021, 3), ...pages(2022, 1), ...pages(2025, 1)], 4);
    expect(shards.map((s) => s.map((p) => p.year))).toEqual([
      [2021, 2021, 2021, 2022],
      [2024, 2024, 2025],
    ]);
  });

  test('never splits a year, however large', () => {
    expect(groupShards([...pages(2020, 9), ...pages(2021, 1)], 4).map((s) => s.length)).toEqual([9, 1]);
  });

  test('puts undated pages before the oldest year', () => {
    const shards = groupShards([...pages(2025, 1), ...pages(null, 2, 'glossary'), ...pages(2020, 2)], 4);
    expect(urls(shards)).toEqual([['/2020/000/', '/2020/001/', '/glossary/000/', '/glossary/001/'], ['/2025/000/']]);
  });

  test('keeps a site smaller than the target in one shard', () => {
    expect(groupShards([...pages(2025, 2), ...pages(null, 1, 'glossary'), ...pages(2021, 1)], 10)).toHaveLength(1);
  });

  test('sorts pages by URL within a shard, whatever order they come in', () => {
    expect(urls(groupShards([...pages(2025, 3)].reverse(), 10))).toEqual([['/2025/000/', '/2025/001/', '/2025/002/']]);
  });

  test('leaves the older shards alone when pages are added to the newest year', () => {
    const before = groupShards([...pages(2021, 4), ...pages(2022, 4), ...pages(2023, 2)], 4);
    const after = groupShards([...pages(2021, 4), ...pages(2022, 4), ...pages(2023, 3)], 4);
    expect(urls(after).slice(0, 2)).toEqual(urls(before).slice(0, 2));
  });

  test('returns no shard for no pages', () => {
    expect(groupShards([], 4)).toEqual([]);
  });
});

describe('shardKey', () => {
  const members = [
    { url: '/a/', record: '1' },
    { url: '/b/', record: '2' },
  ];

  test('is the same for the same salt, pages and records', () => {
    expect(shardKey('s', members)).toBe(
      shardKey(
        's',
        members.map((m) => ({ ...m })),
      ),
    );
    expect(shardKey('s', members)).toMatch(/^[0-9a-f]{16}$/);
  });

  test('changes with the salt, a record, or a page added', () => {
    const key = shardKey('s', members);
    expect(shardKey('t', members)).not.toBe(key);
    expect(shardKey('s', [members[0], { url: '/b/', record: '3' }])).not.toBe(key);
    expect(shardKey('s', [...members, { url: '/c/', record: '4' }])).not.toBe(key);
  });
});
