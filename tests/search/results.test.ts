import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/search/catalogue.ts';
import type { DocHead } from '../../src/lib/search/index-records.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import {
  glossaryCards,
  matchDocs,
  occursWithin,
  rankDocs,
  sortDocs,
  type DocHit,
} from '../../src/lib/search/results.ts';
import { applySelection, facetCounts } from '../../src/lib/search/facets.ts';
import { readState, writeState } from '../../src/lib/search/url-state.ts';

// Documents 0–4: a notice with 文号 (6 words) and title (10), a notice, a report, two glossary terms.
const catalogue = buildCatalogue([
  {
    path: 's/a/',
    meta: 'und_m',
    entries: [
      {
        filters: { 类型: ['文件'], 年份: ['2025'], 文种: ['通知'] },
        date: '2025-03-05',
        zone: { wenhao: 6, title: 10 },
      },
      {
        filters: { 类型: ['文件'], 年份: ['2022'], 文种: ['通知'] },
        date: '2022-02-28',
        zone: { wenhao: 0, title: 8 },
      },
      { filters: { 类型: ['报告'], 年份: ['2025'] }, date: '2025-02-12', zone: { wenhao: 0, title: 9 } },
      { filters: { 类型: ['名词'], 年份: ['2022'] }, date: null, zone: { wenhao: 0, title: 2 } },
      { filters: { 类型: ['名词'] }, date: null, zone: { wenhao: 0, title: 6 } },
    ],
  },
]);
const docOf = (id: string) => (({ a: 0, b: 1, r: 2, s: 3, t: 4 }) as Record<string, number>)[id];
const hit = (doc: number, score = 1, phrases: number[][] = [[100, 101]]): DocHit => ({
  doc,
  id: 'abrst'[doc],
  score,
  phrases,
  words: phrases.flat(),
  ranked: [],
});

describe('matchDocs', () => {
  test('keeps documents that contain every phrase, with the positions of each, and the ranked score and positions', () => {
    const ranked = new Map([['a', { score: 5, words: [31, 12, 30, 13, 90] }]]);
    const hits = matchDocs(
      [
        new Map([
          ['a', [30, 31]],
          ['r', [5, 6]],
        ]),
        new Map([
          ['a', [12, 13]],
          ['b', [1]],
        ]),
      ],
      ranked,
      docOf,
    );
    expect(hits).toEqual([
      {
        doc: 0,
        id: 'a',
        score: 5,
        phrases: [
          [30, 31],
          [12, 13],
        ],
        words: [12, 13, 30, 31],
        ranked: [31, 12, 30, 13, 90],
      },
    ]);
  });

  test('finds nothing without phrases, skips ids it does not know, and keeps no phrases when matched word by word', () => {
    expect(matchDocs([], new Map(), docOf)).toEqual([]);
    expect(
      matchDocs(
        [
          new Map([
            ['zz', [1]],
            ['b', [40]],
          ]),
        ],
        new Map(),
        docOf,
      ).map((h) => h.doc),
    ).toEqual([1]);
    expect(matchDocs([new Map([['b', [40]]])], new Map(), docOf, false)[0].phrases).toEqual([]);
  });
});

describe('occursWithin', () => {
  test('needs the whole phrase inside the range', () => {
    expect(occursWithin([4, 5, 6, 30, 31, 32], 3, 0, 7)).toBe(true);
    expect(occursWithin([5, 6, 7], 3, 0, 7)).toBe(false);
    expect(occursWithin([1, 3, 5], 2, 0, 7)).toBe(false);
  });
});

describe('rankDocs', () => {
  test('puts the document whose own 文号 it is first, however the 文号 was typed', () => {
    const query = parseQuery('沙府发2025 8号');
    const hits = [
      hit(2, 50, [[300, 301, 302, 303, 304, 305]]),
      hit(0, 1, [[0, 1, 2, 3, 4, 5, 200, 201, 202, 203, 204, 205]]),
    ];
    expect(rankDocs(hits, catalogue, query).map((h) => h.doc)).toEqual([0, 2]);
  });

  test('puts title matches before higher-scoring body matches', () => {
    const hits = [hit(2, 50, [[100, 101, 102, 103]]), hit(1, 1, [[2, 3, 4, 5]])];
    expect(rankDocs(hits, catalogue, parseQuery('消防工作')).map((h) => h.doc)).toEqual([1, 2]);
  });

  test('counts a phrase in the 文号 zone as no title match', () => {
    expect(rankDocs([hit(2, 5), hit(0, 1, [[2, 3]])], catalogue, parseQuery('府发')).map((h) => h.doc)).toEqual([2, 0]);
  });

  test('orders equal tiers by score, then newest, and word-by-word matches by score', () => {
    expect(rankDocs([hit(1), hit(0), hit(2)], catalogue, parseQuery('无关')).map((h) => h.doc)).toEqual([0, 2, 1]);
    expect(rankDocs([hit(1, 3, []), hit(0, 1, [])], catalogue, parseQuery('无关')).map((h) => h.doc)).toEqual([1, 0]);
  });
});

describe('sortDocs', () => {
  test('sorts by date either way, undated last', () => {
    const hits = [3, 1, 0, 2].map((d) => hit(d));
    expect(sortDocs(hits, catalogue, 'date-desc').map((h) => h.doc)).toEqual([0, 2, 1, 3]);
    expect(sortDocs(hits, catalogue, 'date-asc').map((h) => h.doc)).toEqual([1, 2, 0, 3]);
    expect(sortDocs(hits, catalogue, 'relevance')).toBe(hits);
  });
});

describe('glossaryCards', () => {
  const head = (term: string, variants?: string[]): DocHead => ({
    url: `/glossary/${term}/`,
    title: term,
    type: '名词',
    wenhao: null,
    date: null,
    term,
    variants,
  });
  const candidates = [
    {
      hit: hit(1),
      head: { url: '/documents/b/', title: '关于消防工作的通知', type: '文件', wenhao: null, date: null },
    },
    { hit: hit(3), head: head('双减', ['“双减”']) },
    { hit: hit(4), head: head('“三变”改革') },
  ];

  test('lifts out a term the query names, with or without its quotation marks', () => {
    expect(glossaryCards(candidates, parseQuery('“双减”')).map((h) => h.doc)).toEqual([3]);
    expect(glossaryCards(candidates, parseQuery('双减')).map((h) => h.doc)).toEqual([3]);
  });

  test('lifts out terms that contain the query or that the query contains', () => {
    expect(glossaryCards(candidates, parseQuery('三变')).map((h) => h.doc)).toEqual([4]);
    expect(glossaryCards(candidates, parseQuery('三变改革试点')).map((h) => h.doc)).toEqual([4]);
  });

  test('makes no card when no term matches', () => {
    expect(glossaryCards(candidates, parseQuery('消防'))).toEqual([]);
  });
});

describe('facets', () => {
  const hits = [0, 1, 2, 3].map((d) => hit(d));
  test('count documents per value, respecting the other facets only', () => {
    const counts = facetCounts(hits, catalogue, { 类型: ['文件'] });
    expect(counts.类型).toEqual([
      { value: '文件', count: 2, selected: true },
      { value: '报告', count: 1, selected: false },
      { value: '名词', count: 1, selected: false },
    ]);
    expect(counts.年份).toEqual([
      { value: '2025', count: 1, selected: false },
      { value: '2022', count: 1, selected: false },
    ]);
  });

  test('combine values of one facet with OR and facets with AND', () => {
    expect(applySelection(hits, catalogue, { 类型: ['文件', '报告'], 年份: ['2025'] }).map((h) => h.doc)).toEqual([
      0, 2,
    ]);
  });

  test('keep a chosen value visible with a zero count', () => {
    expect(facetCounts([hits[2]], catalogue, { 文种: ['通知'] }).文种).toEqual([
      { value: '通知', count: 0, selected: true },
    ]);
  });
});

describe('URL state', () => {
  test('round-trips query, facets and sort', () => {
    const state = { q: '双减', selection: { 类型: ['文件'], 年份: ['2022', '2025'] }, sort: 'date-desc' as const };
    expect(readState(writeState(state))).toEqual(state);
  });

  test('ignores unknown sort orders and empty values', () => {
    expect(readState('?q=a&sort=x&类型=')).toEqual({ q: 'a', selection: {}, sort: 'relevance' });
  });
});
