/**
 * The search index that `npm run build` wrote into dist/pagefind: it covers
 * every searchable page, knows each page's facets and metadata, holds only
 * the files the search page uses, and the search page loads its code from a
 * file (the CSP forbids inline scripts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, page } from '../site/helpers.ts';
import { builtHtmlFiles } from '../quality/built-pages.ts';
import type { Catalogue } from '../../src/lib/search/index-records.ts';
import { pageUrl } from '../../src/lib/search/build-index.ts';
import { indexText } from '../../src/lib/search/tokens.ts';
import { DISCLAIMER } from '../../src/site.config.ts';
import { gunzipSync } from 'node:zlib';

const INDEX = join(DIST, 'pagefind');
const catalogue = (): Catalogue => JSON.parse(readFileSync(join(INDEX, 'catalogue.json'), 'utf8'));
const doc = (url: string) => catalogue().docs.find((d) => d.url === url);
/** A record's fragment as Pagefind wrote it (gzipped JSON behind a "pagefind_dcd" signature). */
const fragment = (id: string) =>
  JSON.parse(gunzipSync(readFileSync(join(INDEX, 'fragment', `${id}.pf_fragment`))).toString('utf8').replace(/^pagefind_dcd/, ''));

describe('dist/pagefind', () => {
  test('catalogues every page that has data-pagefind-body, and no other', () => {
    const searchable = builtHtmlFiles()
      .filter((f) => !f.startsWith(INDEX) && readFileSync(f, 'utf8').includes('data-pagefind-body'))
      .map((f) => pageUrl(DIST, f))
      .sort();
    expect(searchable.length).toBeGreaterThan(50);
    expect(catalogue().docs.map((d) => d.url).sort()).toEqual(searchable);
  });

  test('has a fragment file for every catalogued record, and every record belongs to a page', () => {
    const { records, docs } = catalogue();
    const fragments = readdirSync(join(INDEX, 'fragment')).map((f) => f.replace(/\.pf_fragment$/, ''));
    expect(Object.keys(records).sort()).toEqual(fragments.sort());
    for (const docIndex of Object.values(records)) expect(docs[docIndex]).toBeDefined();
  });

  test('knows a notice by its type, 文号, date and facets', () => {
    expect(doc('/documents/sfzf-2025-008/')).toMatchObject({
      title: '重庆市沙坪坝区人民政府关于印发《2025年全区安全生产、防灾减灾救灾和消防工作要点》的通知',
      type: '文件',
      wenhao: '沙府发〔2025〕8号',
      date: '2025-03-05',
      filters: { 类型: ['文件'], 年份: ['2025'], 发文机关: ['重庆市沙坪坝区人民政府'], 文种: ['通知'], 有效性: ['有效'] },
    });
  });

  test('knows reports, gazette issues and glossary terms by their type', () => {
    expect(doc('/reports/work-report-2025/')).toMatchObject({ type: '报告', title: '2025年重庆市沙坪坝区人民政府工作报告', date: '2025-02-12' });
    expect(doc('/gazettes/2025-01/')).toMatchObject({ type: '公报', date: '2025-12-31', filters: { 年份: ['2025'] } });
    expect(doc('/glossary/shuang-jian/')).toMatchObject({ type: '名词', term: '双减' });
  });

  test('cuts long reports into sections that link to their headings and cited paragraphs', () => {
    const { records, docs } = catalogue();
    const report = docs.findIndex((d) => d.url === '/reports/work-report-2025/');
    const ids = Object.entries(records).filter(([, d]) => d === report).map(([id]) => id);
    expect(ids.length).toBeGreaterThan(5);
    const $ = page('/reports/work-report-2025/');
    for (const id of ids) {
      const url = fragment(id).url as string;
      expect(url.replace(/[?#].*$/, '')).toBe('/reports/work-report-2025/');
      const anchor = url.split('#')[1];
      if (anchor) expect($(`[id="${anchor}"]`).length, anchor).toBe(1);
    }
  });

  test('leaves navigation, footers, citation boxes and disclaimers out of the index text', () => {
    const contents = readdirSync(join(INDEX, 'fragment')).map((f) => fragment(f.replace(/\.pf_fragment$/, '')).content as string);
    for (const boilerplate of [DISCLAIMER, '跳到正文', '主办：', '永久链接', 'RSS 订阅']) {
      expect(contents.filter((c) => c.includes(indexText(boilerplate))), boilerplate).toEqual([]);
    }
    const $ = page('/documents/sfzf-2025-008/');
    for (const selector of ['.cite-box', 'p.disclaimer', '.print-only']) expect($(`[data-pagefind-body] ${selector}[data-pagefind-ignore]`).length, selector).toBe(1);
    expect($('[data-pagefind-body] nav, [data-pagefind-body] footer').length).toBe(0);
  });

  test("ships Pagefind's search code and index but not its UI bundles", () => {
    const files = readdirSync(INDEX);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'catalogue.json']));
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });
});

describe('the built search page', () => {
  test('loads its code from an external module and has no inline script', () => {
    const $ = page('/search/');
    const scripts = $('script').toArray();
    expect(scripts.some((s) => $(s).attr('type') === 'module' && /\/_astro\/.+\.js$/.test($(s).attr('src') ?? ''))).toBe(true);
    expect(scripts.filter((s) => !$(s).attr('src') && $(s).text().trim())).toEqual([]);
    expect(existsSync(join(DIST, ($('script[type=module]').attr('src') ?? '').replace(/^\//, '')))).toBe(true);
  });

  test('keeps <html lang="zh-CN"> and a labelled search form that works without JavaScript', () => {
    const $ = page('/search/');
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('form#search-form').attr('action')).toBe('/search/');
    expect($('label[for="search-q"]').text()).toBe('搜索文件、文号、名词');
    expect($('#search-status').attr('role')).toBe('status');
  });
});
