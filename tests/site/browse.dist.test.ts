import { describe, expect, test } from 'vitest';
import { entries, page } from './helpers.ts';

const docs = [
  ...entries('notices').map((e) => ({
    url: `/documents/${e.id}/`,
    date: e.data.signedDate ?? e.data.publishedDate,
    validity: e.data.validity ?? '有效',
    type: e.data.docType,
  })),
  ...entries('reports').map((e) => ({
    url: `/reports/${e.id}/`,
    date: e.data.deliveredDate ?? e.data.signedDate ?? e.data.publishedDate,
    validity: '有效',
    type: e.data.kind,
  })),
];

/** All facet group pages linked from /documents/ for one facet, with the document links on each. */
function facetGroups(facet: string): { name: string; links: string[] }[] {
  const $ = page('/documents/');
  return $(`#facet-${facet}`)
    .parent()
    .find('a')
    .map((_, a) => {
      const href = $(a).attr('href')!;
      const $g = page(href);
      return {
        name: $(a).text().trim(),
        links: $g('.doc-list a')
          .map((_, l) => $g(l).attr('href'))
          .get(),
      };
    })
    .get();
}

describe('browse pages', () => {
  for (const facet of ['year', 'issuer', 'type', 'status']) {
    test(`the ${facet} facet reaches every document exactly once`, () => {
      const links = facetGroups(facet)
        .flatMap((g) => g.links)
        .sort();
      expect(links).toEqual(docs.map((d) => d.url).sort());
    });
  }

  test('each year page lists exactly the documents dated in that year', () => {
    for (const g of facetGroups('year')) {
      const expected = docs
        .filter((d) => (d.date ? String(d.date).slice(0, 4) : '未注明日期') === g.name)
        .map((d) => d.url);
      expect(g.links.sort()).toEqual(expected.sort());
    }
  });

  test('each status page lists exactly the documents with that validity', () => {
    for (const g of facetGroups('status')) {
      expect(g.links.sort()).toEqual(
        docs
          .filter((d) => d.validity === g.name)
          .map((d) => d.url)
          .sort(),
      );
    }
  });

  test('the group counts shown on /documents/ match the group pages', () => {
    const $ = page('/documents/');
    $('#facet-type')
      .parent()
      .find('li')
      .each((_, li) => {
        const count = Number(/（(\d+) 件）/.exec($(li).text())![1]);
        const $g = page($(li).find('a').attr('href')!);
        expect($g('.doc-list > li')).toHaveLength(count);
      });
  });
});
