/**
 * The search index that `npm run build` wrote into dist/pagefind: it covers
 * every searchable page, knows each page's facets and metadata, holds only
 * the files the search page uses, and the search page loads its code from a
 * file (the CSP forbids inline scripts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, page } from '../site/helpers.ts';
import { builtHtmlFiles } from '../quality/built-pages.ts';
import { docFacets, type Catalogue } from '../../src/lib/search/catalogue.ts';
import { pageUrl } from '../../src/search-index/build-index.ts';
import { readPageOrder } from '../../src/search-index/index-files.ts';
import { DOCS_FOLDER, PART_SUFFIX, type DocPart } from '../../src/lib/search/index-records.ts';
import { displayTokens } from '../../src/lib/search/tokens.ts';
import { DISCLAIMER } from '../../src/site.config.ts';

const INDEX = join(DIST, 'pagefind');
const catalogue: Catalogue = JSON.parse(readFileSync(join(INDEX, 'catalogue.json'), 'utf8'));
const shards = catalogue.shards.map((shard) => ({
  ...shard,
  dir: join(INDEX, shard.path),
  order: readPageOrder(join(INDEX, shard.path)),
}));
/** A document's parts, in its shard's folder. */
const parts = (dir: string, hash: string): DocPart[] => {
  const files = readdirSync(join(dir, DOCS_FOLDER)).filter((f) => f.startsWith(`${hash}-`));
  return files.map((_, n) =>
    JSON.parse(gunzipSync(readFileSync(join(dir, DOCS_FOLDER, `${hash}-${n}${PART_SUFFIX}`))).toString('utf8')),
  );
};
/** Every document's parts, numbered as the catalogue numbers them: shard after shard, in each shard's page order. */
const docs = shards.flatMap((shard) => shard.order.hashes.map((hash) => parts(shard.dir, hash)));
const docAt = (url: string) => docs.findIndex((p) => p[0].url === url);

describe('dist/pagefind', () => {
  test('holds every page that has data-pagefind-body, and no other, in the catalogue and in Pagefind alike', () => {
    const searchable = builtHtmlFiles()
      .filter((f) => !f.startsWith(INDEX) && readFileSync(f, 'utf8').includes('data-pagefind-body'))
      .map((f) => pageUrl(DIST, f))
      .sort();
    expect(searchable.length).toBeGreaterThan(50);
    expect(docs.map((p) => p[0].url).sort()).toEqual(searchable);
    for (const shard of shards) expect([shard.meta, shard.docs]).toEqual([shard.order.meta, shard.order.hashes.length]);
    for (const array of [catalogue.combo, catalogue.date, catalogue.wenhao, catalogue.title])
      expect(array).toHaveLength(searchable.length);
  });

  test("cuts each document's text into parts that follow on word by word, each with the document's head", () => {
    for (const doc of docs) {
      doc.forEach((part, n) => {
        expect(part).toMatchObject({ url: doc[0].url, title: doc[0].title, date: doc[0].date });
        if (n > 0)
          expect(doc[n - 1].start + displayTokens(doc[n - 1].text).length, `${part.url} ${n}`).toBe(part.start);
      });
    }
  });

  test('knows a notice by its type, 文号, date and facets', () => {
    const doc = docAt('/documents/sfzf-2025-008/');
    expect(docs[doc][0]).toMatchObject({
      title: '重庆市沙坪坝区人民政府关于印发《2025年全区安全生产、防灾减灾救灾和消防工作要点》的通知',
      type: '文件',
      wenhao: '沙府发〔2025〕8号',
      date: '2025-03-05',
    });
    expect(docFacets(catalogue, doc)).toEqual({
      类型: ['文件'],
      年份: ['2025'],
      发文机关: ['重庆市沙坪坝区人民政府'],
      文种: ['通知'],
      有效性: ['有效'],
    });
    expect([catalogue.wenhao[doc], catalogue.date[doc]]).toEqual([6, 20250305]);
  });

  test('knows reports, gazette issues and glossary terms by their type', () => {
    expect(docs[docAt('/reports/work-report-2025/')][0]).toMatchObject({
      type: '报告',
      title: '2025年重庆市沙坪坝区人民政府工作报告',
      date: '2025-02-12',
    });
    const gazette = docAt('/gazettes/2025-01/');
    expect(docs[gazette][0]).toMatchObject({ type: '公报', date: '2025-12-31' });
    expect(docFacets(catalogue, gazette).年份).toEqual(['2025']);
    expect(docs[docAt('/glossary/shuang-jian/')][0]).toMatchObject({ type: '名词', term: '双减' });
  });

  test('cuts long reports into sections that link to their headings and cited paragraphs', () => {
    const sections = docs[docAt('/reports/work-report-2025/')].flatMap((p) => p.sections);
    expect(new Set(sections.map((s) => s[1])).size).toBeGreaterThan(5);
    const $ = page('/reports/work-report-2025/');
    for (const [, anchor] of sections) if (anchor) expect($(`[id="${anchor}"]`).length, anchor).toBe(1);
  });

  test('leaves navigation, footers, citation boxes and disclaimers out of the index text', () => {
    const bare = (text: string) => text.replace(/[\s\u241e]/g, '');
    const texts = docs.flat().map((p) => bare(p.text));
    for (const boilerplate of [DISCLAIMER, '跳到正文', '主办：', '永久链接', 'RSS 订阅']) {
      expect(
        texts.filter((t) => t.includes(bare(boilerplate))),
        boilerplate,
      ).toEqual([]);
    }
    const $ = page('/documents/sfzf-2025-008/');
    for (const selector of ['.cite-box', 'p.disclaimer', '.print-only'])
      expect($(`[data-pagefind-body] ${selector}[data-pagefind-ignore]`).length, selector).toBe(1);
    expect($('[data-pagefind-body] nav, [data-pagefind-body] footer').length).toBe(0);
  });

  test('is one shard for a site smaller than a shard, in a folder named by its digest beside the catalogue', () => {
    expect(readdirSync(INDEX).sort()).toEqual(['catalogue.json', 's']);
    expect(shards.map((s) => s.path)).toEqual([expect.stringMatching(/^s\/[0-9a-f]{16}\/$/)]);
    expect(readdirSync(join(INDEX, 's'))).toEqual([shards[0].path.split('/')[1]]);
  });

  test("ships Pagefind's search code and index in every shard, but not its UI bundles or fragments", () => {
    for (const shard of shards) {
      const files = readdirSync(shard.dir);
      expect(files).toEqual(
        expect.arrayContaining([
          'pagefind.js',
          'pagefind-worker.js',
          'pagefind-entry.json',
          `pagefind.${shard.meta}.pf_meta`,
          'index',
          DOCS_FOLDER,
        ]),
      );
      expect(files.filter((f) => /ui|highlight|^fragment$|^filter$|shard\.json/.test(f))).toEqual([]);
    }
  });
});

describe('the built search page', () => {
  test('loads its code from an external module and has no inline script', () => {
    const $ = page('/search/');
    const scripts = $('script').toArray();
    expect(
      scripts.some((s) => $(s).attr('type') === 'module' && /\/_astro\/.+\.js$/.test($(s).attr('src') ?? '')),
    ).toBe(true);
    // JSON-LD (the breadcrumb trail) is data the browser never runs; any other inline script is code.
    expect(
      scripts.filter((s) => !$(s).attr('src') && $(s).attr('type') !== 'application/ld+json' && $(s).text().trim()),
    ).toEqual([]);
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
