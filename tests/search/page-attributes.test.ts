/** The search attributes every page builds in one place: one attribute per facet, whatever the page. */
import { describe, expect, test } from 'vitest';
import { FACETS } from '../../src/lib/search/facet-names.ts';
import { searchAttributes } from '../../src/lib/search/page-attributes.ts';

describe('searchAttributes', () => {
  test('a document files under every facet, shows its 文号 and sorts by its date', () => {
    expect(
      searchAttributes({
        type: '文件',
        year: '2025',
        issuer: '重庆市沙坪坝区人民政府',
        docType: '通知',
        validity: '有效',
        wenhao: '沙府发〔2025〕8号',
        date: '2025-03-05',
      }),
    ).toEqual({
      'data-pagefind-filter':
        '年份[data-search-year], 发文机关[data-search-issuer], 文种[data-search-doctype], 有效性[data-search-validity], 类型:文件',
      'data-pagefind-meta': '文号[data-search-wenhao], date[data-search-date], type:文件',
      'data-pagefind-sort': 'date[data-search-date]',
      'data-search-year': '2025',
      'data-search-issuer': '重庆市沙坪坝区人民政府',
      'data-search-doctype': '通知',
      'data-search-validity': '有效',
      'data-search-wenhao': '沙府发〔2025〕8号',
      'data-search-date': '2025-03-05',
    });
  });

  test('a gazette’s publisher files under the same 发文机关 attribute as a document’s issuer', () => {
    const gazette = searchAttributes({
      type: '公报',
      year: '2025',
      issuer: '重庆市沙坪坝区人民政府办公室',
      title: '2025年第1期',
      date: null,
    });
    expect(gazette['data-search-issuer']).toBe('重庆市沙坪坝区人民政府办公室');
    expect(gazette['data-search-date']).toBeUndefined();
    expect(gazette['data-pagefind-meta']).toBe('title[data-search-title], date[data-search-date], type:公报');
  });

  test('every facet the search page shows is one a page can file under', () => {
    const all = searchAttributes({ type: '文件', year: 'y', issuer: 'i', docType: 'd', validity: 'v' })[
      'data-pagefind-filter'
    ]!;
    expect(all.split(', ').map((f) => f.replace(/[[:].*$/, ''))).toEqual([...FACETS.slice(1), FACETS[0]]);
  });

  test('a glossary term files under its type only', () => {
    expect(searchAttributes({ type: '名词' })).toEqual({
      'data-pagefind-filter': '类型:名词',
      'data-pagefind-meta': 'type:名词',
    });
  });
});
