import { describe, expect, test } from 'vitest';
import type { Catalogue, CatalogueDoc } from '../../src/lib/search/index-records.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { glossaryCards, matchDocs, rankDocs, sortDocs } from '../../src/lib/search/results.ts';
import { applySelection, facetCounts } from '../../src/lib/search/facets.ts';
import { readState, writeState } from '../../src/lib/search/url-state.ts';

const doc = (url: string, title: string, extra: Partial<CatalogueDoc> = {}): CatalogueDoc => ({
  url, title, type: '文件', wenhao: null, date: null, filters: { 类型: ['文件'] }, ...extra,
});
const catalogue: Catalogue = {
  version: 1,
  docs: [
    doc('/documents/a/', '关于印发安全生产工作要点的通知', { wenhao: '沙府发〔2025〕8号', date: '2025-03-05', filters: { 类型: ['文件'], 年份: ['2025'], 文种: ['通知'] } }),
    doc('/documents/b/', '关于消防工作的通知', { date: '2022-02-28', filters: { 类型: ['文件'], 年份: ['2022'], 文种: ['通知'] } }),
    doc('/reports/r/', '2025年政府工作报告', { type: '报告', date: '2025-02-12', filters: { 类型: ['报告'], 年份: ['2025'] } }),
    doc('/glossary/s/', '双减', { type: '名词', term: '双减', variants: ['“双减”'], filters: { 类型: ['名词'], 年份: ['2022'] } }),
    doc('/glossary/t/', '“三变”改革', { type: '名词', term: '“三变”改革', filters: { 类型: ['名词'] } }),
  ],
  records: { a0: 0, a1: 0, b0: 1, r0: 2, r1: 2, s0: 3, t0: 4 },
};
const scores = (entries: [string, number][]) => new Map(entries);

describe('matchDocs', () => {
  test('keeps documents that contain every phrase, in any of their sections', () => {
    const hits = matchDocs(catalogue, [new Set(['a0', 'r1']), new Set(['a1', 'b0'])], scores([['a0', 2], ['a1', 5], ['r1', 9]]));
    expect(hits).toEqual([{ doc: 0, records: ['a1', 'a0'], score: 5 }]);
  });

  test('finds nothing when no document contains every phrase, or when there is no phrase', () => {
    expect(matchDocs(catalogue, [new Set(['a0']), new Set(['b0'])], scores([]))).toEqual([]);
    expect(matchDocs(catalogue, [], scores([['b0', 1]]))).toEqual([]);
  });

  test('skips record ids the catalogue does not know', () => {
    expect(matchDocs(catalogue, [new Set(['zz', 'b0'])], scores([])).map((h) => h.doc)).toEqual([1]);
  });
});

describe('rankDocs', () => {
  const all = [0, 1, 2].map((d) => ({ doc: d, records: [], score: 10 }));

  test('puts the document a 文号 names first, however the 文号 was typed', () => {
    const hits = [{ doc: 2, records: [], score: 50 }, { doc: 0, records: [], score: 1 }];
    expect(rankDocs(hits, catalogue, parseQuery('沙府发2025 8号'))[0].doc).toBe(0);
  });

  test('puts title matches before higher-scoring body matches', () => {
    const hits = [{ doc: 2, records: [], score: 50 }, { doc: 1, records: [], score: 1 }];
    expect(rankDocs(hits, catalogue, parseQuery('消防工作')).map((h) => h.doc)).toEqual([1, 2]);
  });

  test('orders equal tiers by score, then newest', () => {
    expect(rankDocs(all, catalogue, parseQuery('无关')).map((h) => h.doc)).toEqual([0, 2, 1]);
  });

  test('sorts by date either way, undated last', () => {
    const hits = [3, 1, 0, 2].map((d) => ({ doc: d, records: [], score: 1 }));
    expect(sortDocs(hits, catalogue, 'date-desc').map((h) => h.doc)).toEqual([0, 2, 1, 3]);
    expect(sortDocs(hits, catalogue, 'date-asc').map((h) => h.doc)).toEqual([1, 2, 0, 3]);
  });
});

describe('glossaryCards', () => {
  const hits = [1, 3, 4].map((d) => ({ doc: d, records: [], score: 1 }));
  test('lifts out a term the query names, with or without its quotation marks', () => {
    expect(glossaryCards(hits, catalogue, parseQuery('“双减”')).map((h) => h.doc)).toEqual([3]);
    expect(glossaryCards(hits, catalogue, parseQuery('双减')).map((h) => h.doc)).toEqual([3]);
  });

  test('lifts out terms that contain the query or that the query contains', () => {
    expect(glossaryCards(hits, catalogue, parseQuery('三变')).map((h) => h.doc)).toEqual([4]);
    expect(glossaryCards(hits, catalogue, parseQuery('三变改革试点')).map((h) => h.doc)).toEqual([4]);
  });

  test('makes no card when no term matches', () => {
    expect(glossaryCards(hits, catalogue, parseQuery('消防'))).toEqual([]);
  });
});

describe('facets', () => {
  const hits = [0, 1, 2, 3].map((d) => ({ doc: d, records: [], score: 1 }));
  test('count documents per value, respecting the other facets only', () => {
    const counts = facetCounts(hits, catalogue, { 类型: ['文件'] });
    expect(counts.类型).toEqual([
      { value: '文件', count: 2, selected: true },
      { value: '报告', count: 1, selected: false },
      { value: '名词', count: 1, selected: false },
    ]);
    expect(counts.年份).toEqual([{ value: '2025', count: 1, selected: false }, { value: '2022', count: 1, selected: false }]);
  });

  test('combine values of one facet with OR and facets with AND', () => {
    expect(applySelection(hits, catalogue, { 类型: ['文件', '报告'], 年份: ['2025'] }).map((h) => h.doc)).toEqual([0, 2]);
  });

  test('keep a chosen value visible with a zero count', () => {
    expect(facetCounts([hits[2]], catalogue, { 文种: ['通知'] }).文种).toEqual([{ value: '通知', count: 0, selected: true }]);
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
