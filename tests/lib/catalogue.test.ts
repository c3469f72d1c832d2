import { describe, expect, test } from 'vitest';
import { FACETS, groupByFacet, sortCatalogue } from '../../src/lib/catalogue.ts';
import { catalogueItem } from './catalogue-item.ts';

const item = catalogueItem;
const facet = (key: string) => FACETS.find((f) => f.key === key)!;

describe('catalogue', () => {
  test('sorts newest first with undated documents last', () => {
    const items = [
      item({ id: 'a', date: '2020-01-01' }),
      item({ id: 'b', date: null }),
      item({ id: 'c', date: '2025-03-05' }),
    ];
    expect(sortCatalogue(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  test('groups by year newest first and puts undated documents in their own group', () => {
    const groups = groupByFacet(
      [item({ id: 'a', date: '2020-01-01' }), item({ id: 'b' }), item({ id: 'c', date: '2025-03-05' })],
      facet('year'),
    );
    expect(groups.map((g) => g.name)).toEqual(['2025', '2020', '未注明日期']);
    expect(groups.find((g) => g.name === '2025')!.slug).toBe('2025');
  });

  test('gives colliding group slugs distinct suffixes', () => {
    const groups = groupByFacet(
      [item({ id: 'a', docType: '通知' }), item({ id: 'b', docType: '通则' })],
      facet('type'),
    );
    expect(new Set(groups.map((g) => g.slug)).size).toBe(2);
  });
});
