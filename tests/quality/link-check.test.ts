/** The link checker's rules, proved on a small site written to a temporary folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, formatExternalLinksReport, type LinkReport } from '../../src/link-check/index.ts';

const ORIGIN = 'https://www.example.gov.cn';
let root: string;
let report: LinkReport;

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
const html = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`;
const problemsFor = (url: string) => report.problems.filter((p) => p.url === url);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'link-check-'));
  write(
    'index.html',
    html(`
    <a href="/documents/a/">文件</a>
    <a href="/documents/a/#%E9%99%84%E4%BB%B6">附件（编码）</a>
    <a href="/documents/a/#附件">附件</a>
    <a href="/documents/a/#p-99">不存在的段落</a>
    <a href="/documents/missing/">不存在的文件</a>
    <a href="/documents/a">没有斜杠</a>
    <a href="documents/a/#p-1">相对链接</a>
    <a href="#">顶部</a>
    <a href="${ORIGIN}/documents/a/">永久链接</a>
    <a href="${ORIGIN}/gone/">失效的永久链接</a>
    <a href="https://www.gov.cn/zhengce/">外部</a>
    <a href="mailto:zfb@example.gov.cn">邮件</a>
    <a href="java&#10;script:alert(1)">脚本</a>
    <link rel="stylesheet" href="/_astro/site.css">
    <img src="/img/missing.png" alt="">
    <form action="/search/"></form>`),
  );
  write(
    'documents/a/index.html',
    html(`<h2 id="附件">附件</h2><p id="p-1">正文</p><a href="https://www.gov.cn/zhengce/">外部</a>`),
  );
  write('search/index.html', html('<h1>搜索</h1>'));
  write('_astro/site.css', 'body{}');
  write(
    'sitemap-0.xml',
    `<?xml version="1.0"?><urlset><url><loc>${ORIGIN}/documents/a/</loc></url><url><loc>${ORIGIN}/documents/b/</loc></url></urlset>`,
  );
  report = checkLinks(root, ORIGIN);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('link checker', () => {
  test('counts the HTML pages and the links it read', () => {
    expect(report.pagesChecked).toBe(3);
    expect(report.linksChecked).toBeGreaterThan(15);
  });

  test('accepts links to built pages, files, and anchors written raw or percent-encoded in Chinese', () => {
    for (const url of [
      '/documents/a/',
      '/documents/a/#%E9%99%84%E4%BB%B6',
      '/documents/a/#附件',
      'documents/a/#p-1',
      '#',
      '/_astro/site.css',
      '/search/',
      `${ORIGIN}/documents/a/`,
    ]) {
      expect(problemsFor(url), url).toEqual([]);
    }
  });

  test('reports a link to a page that was not built, naming the page it is on', () => {
    expect(problemsFor('/documents/missing/')).toEqual([
      expect.objectContaining({ file: '/index.html', source: 'a[href]', kind: 'missing-target' }),
    ]);
    expect(problemsFor('/img/missing.png')[0].kind).toBe('missing-target');
  });

  test('reports an absolute link to the site itself whose page does not exist', () => {
    expect(problemsFor(`${ORIGIN}/gone/`)[0].kind).toBe('missing-target');
  });

  test('reports a page link without its trailing slash and says how to fix it', () => {
    expect(problemsFor('/documents/a')[0].message).toContain('/documents/a/');
  });

  test('reports an anchor that names no element of the target page', () => {
    expect(problemsFor('/documents/a/#p-99')).toEqual([
      expect.objectContaining({ kind: 'missing-anchor', message: expect.stringContaining('p-99') }),
    ]);
  });

  test('reports a javascript: link even when a newline splits the scheme', () => {
    expect(problemsFor('java\nscript:alert(1)')[0].kind).toBe('unsafe-scheme');
  });

  test('checks the URLs listed in sitemaps', () => {
    expect(problemsFor(`${ORIGIN}/documents/b/`)).toEqual([
      expect.objectContaining({ file: '/sitemap-0.xml', kind: 'missing-target' }),
    ]);
  });

  test('lists each external link once with every page that uses it', () => {
    expect(report.external).toEqual([
      { url: 'https://www.gov.cn/zhengce/', pages: ['/documents/a/index.html', '/index.html'] },
      { url: 'mailto:zfb@example.gov.cn', pages: ['/index.html'] },
    ]);
    const text = formatExternalLinksReport(report);
    expect(text).toContain('- <https://www.gov.cn/zhengce/>\n  - /documents/a/index.html\n  - /index.html');
  });
});
