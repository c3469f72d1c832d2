import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, distText, entries, page } from './helpers.ts';
import { FEED_ITEM_LIMIT } from '../../src/lib/feeds/feeds.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}
const pages = htmlFiles(DIST).map((f) => '/' + relative(DIST, f));
const documentCount = entries('notices').length + entries('reports').length;

describe('every page', () => {
  for (const path of pages) {
    test(`${path} is Chinese, has one h1, a skip link and loads nothing from another host`, () => {
      const $ = page(path);
      expect($('html').attr('lang')).toBe('zh-CN');
      expect($('h1')).toHaveLength(1);
      expect($('a.skip-link').attr('href')).toBe('#main');
      expect($('#main')).toHaveLength(1);
      const external = $('script[src], link[rel="stylesheet"], img[src], iframe[src]')
        .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
        .get()
        .filter((u) => /^(https?:)?\/\//.test(u));
      expect(external).toEqual([]);
    });
  }
});

describe('feeds and data', () => {
  test('the RSS feed has one item per document up to the newest FEED_ITEM_LIMIT, with Chinese language', () => {
    const xml = distText('rss.xml');
    expect(xml).toContain('<language>zh-CN</language>');
    expect(xml.match(/<item>/g)?.length).toBe(Math.min(documentCount, FEED_ITEM_LIMIT));
  });

  test('documents.json lists every document with absolute permanent URLs', () => {
    const json = JSON.parse(distText('data/documents.json'));
    expect(json.count).toBe(documentCount);
    expect(json.documents).toHaveLength(documentCount);
    for (const doc of json.documents) {
      expect(doc.url).toMatch(/^https:\/\/[^/]+\/(documents|reports)\/[a-z0-9-]+\/$/);
      expect(typeof doc.title).toBe('string');
    }
    const wenhaos = entries('notices')
      .map((n) => n.data.wenhao)
      .filter(Boolean);
    for (const w of wenhaos) expect(json.documents.some((d: any) => d.wenhao === w.replace(/\s+/g, ''))).toBe(true);
  });

  test('the sitemap lists every document page', () => {
    const xml = distText('sitemap-0.xml');
    for (const n of entries('notices')) expect(xml).toContain(`/documents/${n.id}/</loc>`);
    for (const r of entries('reports')) expect(xml).toContain(`/reports/${r.id}/</loc>`);
  });

  test('the 404 page explains in Chinese and links back to browsing', () => {
    const $ = page('/404.html');
    expect($('h1').text()).toContain('页面不存在');
    expect($('main a[href="/documents/"]')).toHaveLength(1);
  });

  test('the search page works without JavaScript by pointing to the browse pages', () => {
    const $ = page('/search/');
    expect($('noscript').text()).toContain('JavaScript');
    expect($('main a[href="/documents/"]').length).toBeGreaterThan(0);
    expect($('form[role="search"] input[name="q"]').length).toBeGreaterThan(0);
  });

  test('the home page shows the latest gazette issue and links to search, glossary and documents', () => {
    const $ = page('/');
    const gazettes = entries('gazettes').sort((a, b) => b.data.year - a.data.year || b.data.issue - a.data.issue);
    if (gazettes.length) expect($(`a[href="/gazettes/${gazettes[0].id}/"]`).length).toBeGreaterThan(0);
    for (const href of ['/search/', '/glossary/', '/documents/'])
      expect($(`main a[href="${href}"]`).length).toBeGreaterThan(0);
  });
});
