/**
 * Names a reader meets: one name for the targets section, tab titles that tell documents
 * apart, nothing shown as 未知, and glossary links that look like glossary links without
 * JavaScript (their style comes with the page, not with the script).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, page } from './helpers.ts';

test('the targets section has one name, on the home page and in the navigation', () => {
  const $ = page('/');
  expect($('nav[aria-label="主导航"] a[href="/targets/"]').text()).toBe('目标与结果');
  expect($('main a[href="/targets/"]').text()).toBe('目标与结果');
  expect($('main').text()).not.toContain('目标与成效');
});

const documents = readdirSync(join(DIST, 'documents'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `/documents/${d.name}/`)
  .filter((p) => {
    try {
      return page(p)('h1[data-pagefind-meta="title"]').length === 1;
    } catch {
      return false;
    }
  });

describe.each(documents)('%s', (path) => {
  test('its <title> begins with the 文号 (if any) and not with the issuer', () => {
    const $ = page(path);
    const wenhao = $('.doc-meta dt')
      .filter((_, dt) => $(dt).text() === '文号')
      .next('dd')
      .text()
      .trim();
    const title = $('title').text();
    if (wenhao && wenhao !== '无') expect(title.startsWith(wenhao)).toBe(true);
    expect(title).not.toMatch(/^重庆市沙坪坝区人民政府/);
  });
});

test('a gazette issue shows no 未知 page range', () => {
  expect(page('/gazettes/2025-01/')('.doc-meta').text()).not.toContain('未知');
});

test('a document with glossary links loads their dotted underline with the page', () => {
  const path = documents.find((p) => page(p)('a.glossary-term').length > 0)!;
  const $ = page(path);
  const css = $('link[rel="stylesheet"]')
    .toArray()
    .map((l) => readFileSync(join(DIST, $(l).attr('href')!), 'utf8'))
    .join('\n');
  expect(css).toMatch(/a\.glossary-term\{[^}]*text-decoration-style:dotted/);
});
