import { describe, expect, test } from 'vitest';
import { entries, metaValue, page, zhDate } from './helpers.ts';

const gazettes = entries('gazettes');
const docUrl = (c: any) => (c.report ? `/reports/${c.report}/` : `/documents/${c.notice}/`);

describe('gazette pages', () => {
  test('the index lists every issue with a link', () => {
    const $ = page('/gazettes/');
    for (const g of gazettes) expect($(`a[href="/gazettes/${g.id}/"]`).length).toBe(1);
  });

  for (const g of gazettes) {
    describe(g.id, () => {
      const $ = page(`/gazettes/${g.id}/`);
      const d = g.data;

      test('shows the cover data', () => {
        expect($('h1').text()).toContain(d.name);
        expect(metaValue($, '期号')).toBe(`第${d.issue}期`);
        expect(metaValue($, '总期号')).toBe(d.cumulative ? `总第${d.cumulative}期` : '未印');
        if (d.publishedDate) expect(metaValue($, '出版日期')).toBe(zhDate(String(d.publishedDate)));
      });

      test('lists the contents in printed order with page numbers, linking to each document', () => {
        const items = $('.gazette-contents li');
        expect(items).toHaveLength(d.contents.length);
        d.contents.forEach((c: any, i: number) => {
          expect(items.eq(i).find('a').attr('href')).toBe(docUrl(c));
          expect(items.eq(i).text()).toContain(c.page ? `第${c.page}页` : '页码未印');
        });
      });

      test('shows each printed section label once before its group', () => {
        const labels = d.contents
          .map((c: any) => c.section)
          .filter((s: any, i: number, all: any[]) => s && s !== all[i - 1]);
        expect(
          $('#contents-heading')
            .parent()
            .find('h3')
            .map((_, el) => $(el).text())
            .get(),
        ).toEqual(labels.map((l: string) => `【${l}】`));
      });

      test('each document page links back and to its neighbours in printed order', () => {
        d.contents.forEach((c: any, i: number) => {
          const doc = page(docUrl(c));
          expect(doc(`.doc-meta a[href="/gazettes/${g.id}/"]`)).toHaveLength(1);
          const pager = doc('.pager');
          if (i > 0) expect(pager.find(`a[href="${docUrl(d.contents[i - 1])}"]`)).toHaveLength(1);
          if (i < d.contents.length - 1) expect(pager.find(`a[href="${docUrl(d.contents[i + 1])}"]`)).toHaveLength(1);
        });
      });
    });
  }
});
