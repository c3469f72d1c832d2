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

describe('groupShards with segments', () => {
  const years = (...counts: [number, number][]) => counts.flatMap(([year, count]) => pages(year, count));
  const sizes = (shards: unknown[][]) => shards.map((s) => s.length);

  test('closes segments of whole years, and merges closed segments once they reach the target', () => {
    // Segments of >= 3 pages: [2020 2021] [2022] [2023 2024]; merged once 8 pages: the first two (3 + 5).
    const shards = groupShards(years([2020, 2], [2021, 1], [2022, 5], [2023, 1], [2024, 2], [2025, 1]), 8, 3);
    expect(shards.map((s) => [...new Set(s.map((p) => p.year))])).toEqual([[2020, 2021, 2022], [2023, 2024], [2025]]);
  });

  test('a new issue in a new year changes only the open segment, or adds one', () => {
    const archive = years([2020, 3], [2021, 3], [2022, 2]);
    const before = urls(groupShards(archive, 100, 3));
    const after = urls(groupShards([...archive, ...pages(2023, 2)], 100, 3));
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).toEqual([...before[2], '/2023/000/', '/2023/001/']);
    const closed = urls(groupShards(years([2020, 3], [2021, 3]), 100, 3));
    expect(urls(groupShards([...years([2020, 3], [2021, 3]), ...pages(2022, 1)], 100, 3))).toEqual([
      ...closed,
      ['/2022/000/'],
    ]);
  });

  test('a new issue in the newest year changes only the newest segment', () => {
    const archive = years([2019, 5], [2020, 5], [2021, 4], [2022, 3]);
    const before = urls(groupShards(archive, 10, 4));
    const after = urls(groupShards([...archive, ...pages(2022, 5).slice(3)], 10, 4));
    expect(sizes(groupShards(archive, 10, 4))).toEqual([10, 4, 3]);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)).toHaveLength(5);
  });

  test('with segments as large as the target, shards are the runs of years closed at the target', () => {
    const archive = years([2020, 3], [2021, 2], [2022, 4], [2023, 1]);
    expect(groupShards(archive, 4, 4)).toEqual(groupShards(archive, 4));
    expect(sizes(groupShards(archive, 4, 4))).toEqual([5, 4, 1]);
  });

  test('a segment never exceeds a year and what came before it in the segment', () => {
    for (const shard of groupShards(years([2016, 120], [2017, 130], [2018, 20], [2019, 400], [2020, 7]), 2000, 200)) {
      const counts = new Map<number | null, number>();
      for (const p of shard) counts.set(p.year, (counts.get(p.year) ?? 0) + 1);
      const largest = Math.max(...counts.values());
      expect(shard.length - largest).toBeLessThan(200);
    }
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
