import { describe, expect, test } from 'vitest';
import { entries, metaValue, page, zhDate } from './helpers.ts';
import { normaliseWenhao } from '../../src/lib/wenhao.ts';

const notices = entries('notices');

describe('document pages', () => {
  test('there is at least one notice to check', () => {
    expect(notices.length).toBeGreaterThan(0);
  });

  for (const notice of notices) {
    describe(notice.id, () => {
      const $ = page(`/documents/${notice.id}/`);
      const d = notice.data;

      test('shows the title as the only h1 and in the metadata block', () => {
        expect($('h1')).toHaveLength(1);
        expect($('h1').text().trim()).toBe(d.title);
        expect(metaValue($, '标题')).toBe(d.title);
      });

      test('shows the normalised 文号, issuer and 文种', () => {
        expect(metaValue($, '文号')).toBe(d.wenhao ? normaliseWenhao(d.wenhao) : '无');
        expect(metaValue($, '发文机关')).toBe(d.issuer ?? '未注明');
        expect(metaValue($, '文种')).toBe(d.docType);
      });

      test('shows signing and publication dates in Chinese form with machine-readable datetime', () => {
        expect(metaValue($, '成文日期')).toBe(d.signedDate ? zhDate(String(d.signedDate)) : '未注明');
        expect(metaValue($, '发布日期')).toBe(d.publishedDate ? zhDate(String(d.publishedDate)) : '未注明');
        if (d.signedDate) expect($(`.doc-meta time[datetime="${d.signedDate}"]`).length).toBeGreaterThan(0);
      });

      test('shows validity, and a banner naming what repealed it when repealed', () => {
        expect(metaValue($, '有效性')).toBe(d.validity ?? '有效');
        if (d.validity === '已废止') {
          expect($('.banner').text()).toContain('已废止');
          for (const r of d.repealedBy ?? []) expect($('.banner').text()).toContain(r.wenhao ?? '');
        } else {
          expect($('.banner').text()).not.toContain('已废止');
        }
      });

      test('links to its gazette issue with the printed page', () => {
        const value = metaValue($, '所属公报')!;
        if (d.gazette) {
          expect($(`.doc-meta a[href="/gazettes/${d.gazette}/"]`)).toHaveLength(1);
          if (d.gazettePage) expect(value).toContain(`第${d.gazettePage}页`);
        } else {
          expect(value).toBe('未收入公报');
        }
      });

      test('gives every top-level paragraph a sequential citable anchor', () => {
        const ids = $('.doc-body > p')
          .map((_, el) => $(el).attr('id'))
          .get();
        expect(ids.length).toBeGreaterThan(0);
        expect(ids).toEqual(ids.map((_, i) => `p-${i + 1}`));
      });

      test('gives every heading in the body a unique id', () => {
        const ids = $('.doc-body :is(h2,h3,h4,h5,h6)')
          .map((_, el) => $(el).attr('id'))
          .get();
        expect(ids.every(Boolean)).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
      });

      test('renders tables as real tables with header cells inside a keyboard-scrollable region', () => {
        $('.doc-body table').each((_, table) => {
          expect($(table).find('th').length).toBeGreaterThan(0);
          const wrap = $(table).parent();
          // A <section> with an accessible name is a region landmark.
          expect(wrap.is('section[aria-label]')).toBe(true);
          expect(wrap.attr('tabindex')).toBe('0');
        });
      });

      test('lists its attachments, marking those whose content is missing', () => {
        const items = $('section[aria-labelledby="attachments-heading"] li');
        expect(items).toHaveLength((d.attachments ?? []).length);
        (d.attachments ?? []).forEach((a: any, i: number) => {
          expect(items.eq(i).text()).toContain(a.title);
          expect(items.eq(i).text().includes('无此附件内容')).toBe(a.contentPresent === false);
        });
      });

      test('has a citation box with the permanent URL and the disclaimer', () => {
        const cite = $('.cite-box').text();
        expect(cite).toContain(`/documents/${notice.id}/`);
        if (d.wenhao) expect(cite).toContain(normaliseWenhao(d.wenhao)!);
        expect($('main').text()).toContain('本网站文本仅供参考，以正式印发文件为准');
        expect($('.print-only').text()).toContain(`/documents/${notice.id}/`);
      });
    });
  }
});
