import { describe, expect, test } from 'vitest';
import * as cheerio from 'cheerio';
import { pageCaptures, parseCaptures } from '../../src/lib/search/capture.ts';
import { MIN_SECTION_CHARS, pageRecords } from '../../src/lib/search/page-records.ts';
import { MAX_RECORD_CHARS } from '../../src/lib/search/page-records.ts';

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

  test('continues a long section in a new record at the next cited paragraph, keeping its heading', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `<p id="p-${i + 1}">${'段'.repeat(MAX_RECORD_CHARS / 2)}</p>`,
    ).join('');
    const page = pageRecords(`<main data-pagefind-body><h2 id="h">一、总体要求</h2>${paragraphs}</main>`, '/d/')!;
    expect(page.sections.map((s) => [s.anchor, s.heading])).toEqual([
      ['h', '一、总体要求'],
      ['p-3', '一、总体要求'],
      ['p-5', '一、总体要求'],
    ]);
  });

  test('cuts a long table without anchors into records that link to the last anchor before them', () => {
    const rows = Array.from({ length: 8 }, () => `<tr><td>${'表'.repeat(MAX_RECORD_CHARS / 2)}</td></tr>`).join('');
    const page = pageRecords(`<main data-pagefind-body><h2 id="t">附件1</h2><table>${rows}</table></main>`, '/d/')!;
    expect(page.sections.length).toBeGreaterThan(1);
    expect(
      page.sections.every((s) => s.anchor === 't' && s.text.length <= 2 * MAX_RECORD_CHARS + MAX_RECORD_CHARS / 2 + 2),
    ).toBe(true);
  });

  test('ignores metadata inside data-pagefind-ignore="all", as Pagefind does', () => {
    const page = pageRecords(
      '<main data-pagefind-body><h1 data-pagefind-meta="title">标题</h1><div data-pagefind-ignore="all"><span data-pagefind-meta="title">别的</span></div></main>',
      '/d/',
    )!;
    expect(page.meta).toEqual({ title: '标题' });
  });

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
});
