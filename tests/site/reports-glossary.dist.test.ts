import { describe, expect, test } from 'vitest';
import { entries, metaValue, page, zhDate } from './helpers.ts';

const reports = entries('reports');
const glossary = entries('glossary');
const termById = new Map(glossary.map((g) => [g.id, g]));

describe('report pages', () => {
  test('the index links every report', () => {
    const $ = page('/reports/');
    for (const r of reports) expect($(`a[href="/reports/${r.id}/"]`)).toHaveLength(1);
  });

  for (const r of reports) {
    describe(r.id, () => {
      const $ = page(`/reports/${r.id}/`);
      test('shows title, kind, year, date and speaker', () => {
        expect($('h1').text().trim()).toBe(r.data.title);
        expect(metaValue($, '类型')).toBe(r.data.kind);
        expect(metaValue($, '年度')).toBe(`${r.data.year}年`);
        if (r.data.deliveredDate) expect(metaValue($, '报告日期')).toBe(zhDate(String(r.data.deliveredDate)));
        if (r.data.speaker) expect(metaValue($, '报告人')).toContain(r.data.speaker.name);
        if (r.data.meeting) expect(metaValue($, '会议')).toBe(r.data.meeting);
      });

      test('lists its glossary terms in printed order, linking to each term page', () => {
        const links = $('.report-glossary a')
          .map((_, a) => $(a).attr('href'))
          .get();
        expect(links).toEqual((r.data.glossary ?? []).map((id: string) => `/glossary/${id}/`));
      });

      test('its table of contents links to headings that exist', () => {
        $('.toc a').each((_, a) => {
          const id = decodeURIComponent($(a).attr('href')!.slice(1));
          expect($(`[id="${id}"]`)).toHaveLength(1);
        });
      });
    });
  }
});

describe('glossary pages', () => {
  test('the index lists every term once, under letters in A–Z order', () => {
    const $ = page('/glossary/');
    const links = $('main section .doc-list a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links.sort()).toEqual(glossary.map((g) => `/glossary/${g.id}/`).sort());
    const letters = $('main section h2')
      .map((_, h) => $(h).attr('id')!.replace('letter-', ''))
      .get();
    const alpha = letters.filter((l) => l !== 'other');
    expect(alpha).toEqual([...alpha].sort());
  });

  test('every letter anchor in the letter navigation points to a section', () => {
    const $ = page('/glossary/');
    $('.letter-nav a').each((_, a) => expect($($(a).attr('href')!)).toHaveLength(1));
  });

  for (const g of glossary) {
    test(`${g.id} shows the term in a dfn and each definition with its source report`, () => {
      const $ = page(`/glossary/${g.id}/`);
      expect($('h1 dfn').text()).toBe(g.data.term);
      for (const def of g.data.definitions) {
        const section = $(`#def-${def.year}`).parent();
        expect(section.text()).toContain(def.text);
        expect(section.find(`a[href="/reports/${def.report}/"]`)).toHaveLength(1);
        expect(section.text()).toContain(`第${def.number}条`);
      }
      for (const rel of g.data.related ?? []) {
        expect($(`a[href="/glossary/${rel}/"]`).text()).toBe(termById.get(rel)!.data.term);
      }
    });
  }
});
