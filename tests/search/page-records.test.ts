import { describe, expect, test } from 'vitest';
import * as cheerio from 'cheerio';
import { pageCaptures, parseCaptures } from '../../src/lib/search/capture.ts';
import { MIN_SECTION_CHARS, pageRecords } from '../../src/lib/search/page-records.ts';
import { buildCatalogue, catalogueDoc, searchRecords } from '../../src/lib/search/index-records.ts';

const long = (c: string) => c.repeat(MIN_SECTION_CHARS);

describe('parseCaptures', () => {
  test('reads text, attribute and inline captures in Pagefind syntax', () => {
    expect(parseCaptures('年份[data-year], title, 类型:文件, 公报')).toEqual([
      { key: '年份', from: { attribute: 'data-year' } },
      { key: 'title', from: { text: true } },
      { key: '类型', from: { inline: '文件, 公报' } },
    ]);
  });

  test('names the attribute it cannot read', () => {
    expect(() => parseCaptures('[data-x]')).toThrow(/data-pagefind 属性“\[data-x\]”/);
  });
});

describe('pageCaptures', () => {
  test('collects filters (several values), meta and sort from anywhere in the page', () => {
    const $ = cheerio.load(`<html><body>
      <article data-pagefind-filter="年份[data-y], 类型:文件" data-y="2025" data-pagefind-sort="date[data-d]" data-d="2025-03-05">
        <h1 data-pagefind-meta="title"> 关于 印发的通知 </h1>
        <section data-pagefind-filter="年份[data-y]" data-y="2022"></section>
        <p data-pagefind-meta="文号[data-w]">absent attribute declares nothing</p>
      </article></body></html>`);
    expect(pageCaptures($)).toEqual({
      filters: { 年份: ['2025', '2022'], 类型: ['文件'] },
      meta: { title: '关于 印发的通知' },
      sort: { date: '2025-03-05' },
    });
  });
});

describe('pageRecords', () => {
  const html = `<html lang="zh-CN"><body><nav>首页 导航</nav>
    <article data-pagefind-body data-pagefind-meta="type:报告">
      <h1 data-pagefind-meta="title">工作报告</h1><p>${long('甲')}</p>
      <nav data-pagefind-ignore><h2 id="toc">本文目录</h2></nav>
      <h2 id="part-1">一、回顾</h2><p>${long('乙')}</p>
      <h3 id="short">（一）短节</h3><p>很短</p>
      <h2 id="part-2">二、安排</h2><p>${long('丙')}</p><script>ignored()</script>
    </article><footer>页脚</footer></body></html>`;
  const records = pageRecords(html, '/reports/x/')!;

  test('is null for a page without data-pagefind-body', () => {
    expect(pageRecords('<html><body><p>首页</p></body></html>', '/')).toBeNull();
  });

  test('cuts the body at h2/h3 headings with ids and joins short sections to the one before', () => {
    expect(records.sections.map((s) => [s.anchor, s.heading])).toEqual([
      [null, null],
      ['part-1', '一、回顾'],
      ['part-2', '二、安排'],
    ]);
    expect(records.sections[1].text).toContain('（一）短节\n很短');
  });

  test('leaves out navigation, footer, ignored parts and scripts', () => {
    const all = records.sections.map((s) => s.text).join('\n');
    for (const text of ['导航', '页脚', '本文目录', 'ignored']) expect(all).not.toContain(text);
  });

  test('gives Pagefind one tokenised record per section, with the section in its URL', () => {
    const out = searchRecords(records);
    expect(out.map((r) => r.url)).toEqual(['/reports/x/', '/reports/x/#part-1', '/reports/x/#part-2']);
    expect(out[0].content.startsWith('工 作 报 告 甲 甲')).toBe(true);
    expect(out[1].meta).toEqual({ type: '报 告', title: '工 作 报 告', section: '一、 回 顾' });
    expect(out[0].language).toBe('und');
  });

  test('catalogues the page once and every record by its Pagefind id', () => {
    const ids = new Map([['/reports/x/', 'und_a'], ['/reports/x/#part-1', 'und_b'], ['/reports/x/#part-2', 'und_c']]);
    const catalogue = buildCatalogue([records], ids);
    expect(catalogue.docs).toEqual([catalogueDoc(records)]);
    expect(catalogue.docs[0]).toMatchObject({ url: '/reports/x/', title: '工作报告', type: '报告', wenhao: null, date: null });
    expect(catalogue.records.und_b).toEqual([0, 'part-1', '一、回顾']);
  });

  test('refuses a catalogue with a record Pagefind did not index', () => {
    expect(() => buildCatalogue([records], new Map([['/reports/x/', 'und_a']]))).toThrow('搜索索引中缺少记录：/reports/x/#part-1');
  });
});
