import { describe, expect, test } from 'vitest';
import { groupShards, pageYear, shardChunkSize, shardKey } from '../../src/lib/search/shards.ts';

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
  const years = (...counts: [number, number][]) => counts.flatMap(([year, count]) => pages(year, count));
  const sizes = (shards: unknown[][]) => shards.map((s) => s.length);
  const yearsOf = (shards: { year: number | null }[][]) => shards.map((s) => [...new Set(s.map((p) => p.year))]);

  test('closes segments of whole years, oldest first, and merges closed segments once they reach the target', () => {
    // Segments of >= 3 pages: [2020 2021] [2022] [2023 2024]; merged at 8 pages: the first two (3 + 5); 2026 alone.
    const shards = groupShards(
      years([2020, 2], [2021, 1], [2022, 5], [2023, 1], [2024, 2], [2025, 1], [2026, 1]),
      8,
      3,
    );
    expect(yearsOf(shards)).toEqual([[2020, 2021, 2022], [2023, 2024], [2025], [2026]]);
  });

  test('keeps the newest year in a shard of its own', () => {
    expect(yearsOf(groupShards(years([2021, 3], [2022, 1], [2024, 2], [2025, 1]), 4))).toEqual([
      [2021, 2022],
      [2024],
      [2025],
    ]);
    expect(sizes(groupShards(years([2021, 3], [2022, 1]), 4))).toEqual([3, 1]);
  });

  test('never splits a year, however large', () => {
    expect(sizes(groupShards(years([2020, 9], [2021, 1]), 4))).toEqual([9, 1]);
    expect(sizes(groupShards(years([2019, 1], [2020, 9], [2021, 1]), 4))).toEqual([10, 1]);
  });

  test('puts undated pages before the oldest year', () => {
    const shards = groupShards([...pages(2025, 1), ...pages(null, 2, 'glossary'), ...pages(2020, 2)], 4);
    expect(urls(shards)).toEqual([['/2020/000/', '/2020/001/', '/glossary/000/', '/glossary/001/'], ['/2025/000/']]);
    expect(urls(groupShards(pages(null, 2, 'glossary'), 4))).toEqual([['/glossary/000/', '/glossary/001/']]);
  });

  test('sorts pages by URL within a shard, whatever order they come in', () => {
    expect(urls(groupShards([...pages(2025, 3)].reverse(), 10))).toEqual([['/2025/000/', '/2025/001/', '/2025/002/']]);
  });

  test('an issue added to the newest year changes only the newest year', () => {
    const archive = years([2019, 5], [2020, 5], [2021, 4], [2022, 3]);
    const before = urls(groupShards(archive, 10, 4));
    const after = urls(groupShards([...archive, ...pages(2022, 5).slice(3)], 10, 4));
    expect(sizes(groupShards(archive, 10, 4))).toEqual([10, 4, 3]);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)).toHaveLength(5);
  });

  test('the first issue of a new year changes only the open segment, which the year before joins', () => {
    const archive = years([2020, 3], [2021, 1], [2022, 2]);
    const before = urls(groupShards(archive, 100, 3));
    const after = urls(groupShards([...archive, ...pages(2023, 2)], 100, 3));
    expect(before).toHaveLength(3);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual([...before[1], ...before[2]]);
    expect(after[2]).toEqual(['/2023/000/', '/2023/001/']);
    // With the open segment empty, the year before keeps its shard as it was.
    const closed = years([2020, 3], [2021, 1]);
    const next = urls(groupShards([...closed, ...pages(2022, 1)], 100, 3));
    expect(next.slice(0, 2)).toEqual(urls(groupShards(closed, 100, 3)));
  });

  test('a segment holds less than the segment size besides its newest year', () => {
    const archive = years([2016, 120], [2017, 130], [2018, 20], [2019, 400], [2020, 7], [2021, 50]);
    const shards = groupShards(archive, 2000, 200);
    expect(yearsOf(shards)).toEqual([[2016, 2017], [2018, 2019], [2020], [2021]]);
  });

  test('keeps a site smaller than one segment in one shard', () => {
    expect(sizes(groupShards(years([2021, 1], [2024, 1], [2025, 1]), 10))).toEqual([3]);
    expect(sizes(groupShards(years([2021, 1], [2024, 1], [2025, 1]), 10, 3))).toEqual([2, 1]);
  });

  test('returns no shard for no pages', () => {
    expect(groupShards([], 4)).toEqual([]);
  });
});

describe('shardChunkSize', () => {
  test('is the base for shards of 1,000 pages or more, proportionally less for smaller ones, at least 100', () => {
    expect(shardChunkSize(1000, 2000)).toBe(2000);
    expect(shardChunkSize(5000, 2000)).toBe(2000);
    expect(shardChunkSize(500, 2000)).toBe(1000);
    expect(shardChunkSize(120, 2000)).toBe(240);
    expect(shardChunkSize(7, 2000)).toBe(100);
    expect(shardChunkSize(500, 50)).toBe(50);
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
