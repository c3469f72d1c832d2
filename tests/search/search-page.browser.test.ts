/**
 * The search page in Chromium, served by nginx with the production headers
 * (CSP without inline scripts, 'wasm-unsafe-eval' for Pagefind): typing,
 * sharing by URL, the header box, facets, sorting, keyboard use, the
 * announced result count, accessibility, and the page without JavaScript (whose box
 * nginx fills from ?q=, deploy/search-query.js).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { useServedSite } from '../browser/served-site.ts';
import { axeViolations } from '../browser/axe.ts';
import { watchPage } from '../browser/watch-page.ts';
import { readOutcome, search } from '../../src/harness/search-ui.ts';

const site = useServedSite();
let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await site.browser.newContext();
  page = await context.newPage();
});
afterEach(async () => context?.close());

const done = (q: string) =>
  page.waitForFunction((query) => {
    const app = document.getElementById('search-app');
    return app?.dataset.state === 'done' && app.dataset.query === query;
  }, q);

describe('the search page', () => {
  test('searches as the reader types and puts the query in the URL', async () => {
    await page.goto(`${site.server.origin}/search/`);
    await page.locator('#search-q').pressSequentially('双减');
    await done('双减');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=双减');
    expect((await readOutcome(page)).cards).toEqual(['/glossary/shuang-jian/']);
  });

  test('takes a query from the search box in the header of another page', async () => {
    await page.goto(`${site.server.origin}/documents/`);
    await page.fill('#site-search-q', '沙府发[2025]8号');
    await page.press('#site-search-q', 'Enter');
    await done('沙府发[2025]8号');
    expect(await page.inputValue('#search-q')).toBe('沙府发[2025]8号');
    expect((await readOutcome(page)).results[0]).toBe('/documents/sfzf-2025-008/');
  });

  test('announces the number of results in a status region', async () => {
    await search(page, site.server.origin, '歌乐山');
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^找到 \d+ 条结果/);
  });

  test('shows each result with its type, 文号, date and a highlighted excerpt', async () => {
    await search(page, site.server.origin, '沙府发〔2025〕8号');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result__type').textContent()).toBe('文件');
    expect(await first.locator('.search-result__meta').textContent()).toContain('沙府发〔2025〕8号　2025年3月5日');
    await page.waitForFunction(() => document.getElementById('search-app')?.dataset.excerpts === 'done');
    expect(await first.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
  });

  test('shows a glossary match first, as a card with the definition and a link to the term page', async () => {
    await search(page, site.server.origin, '放管服');
    const card = page.locator('.glossary-card').first();
    await card.locator('p:not(.glossary-card__label)').first().waitFor();
    expect(await card.locator('h3 a').getAttribute('href')).toBe('/glossary/fang-guan-fu/');
    expect((await card.textContent())!.length).toBeGreaterThan(40);
    expect(await page.locator('.search-cards + .search-results').count()).toBe(1);
  });

  test('filters by 类型 with counts, and a shared URL restores the choice', async () => {
    await search(page, site.server.origin, '安全生产');
    const label = page.locator('label', { hasText: /^文件（\d+）$/ });
    const count = Number((await label.textContent())!.match(/（(\d+)）/)![1]);
    await label.click();
    await done('安全生产');
    expect(await page.locator('.search-result').count()).toBe(count);
    expect(await page.locator('.search-result__type').allTextContents()).toEqual(Array(count).fill('文件'));
    const shared = page.url();
    expect(decodeURIComponent(shared)).toContain('类型=文件');
    await page.goto(shared);
    await done('安全生产');
    expect(await page.locator('input[name="类型"][value="文件"]').isChecked()).toBe(true);
    expect(await page.locator('.search-result').count()).toBe(count);
  });

  test('sorts by date, newest first', async () => {
    await search(page, site.server.origin, '区发展改革委');
    await page.selectOption('#search-sort', 'date-desc');
    await done('区发展改革委');
    const dates = (await page.locator('.search-result__meta').allTextContents())
      .map((t) => t.match(/(\d{4})年(\d+)月(\d+)日/))
      .filter(Boolean)
      .map((m) => Number(m![1]) * 10000 + Number(m![2]) * 100 + Number(m![3]));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(page.url()).toContain('sort=date-desc');
  });

  test('can be used with the keyboard alone: Tab reaches a filter and Space applies it', async () => {
    await search(page, site.server.origin, '智慧医疗');
    await page.focus('#search-q');
    let onCheckbox = false;
    for (let i = 0; i < 12 && !onCheckbox; i++) {
      await page.keyboard.press('Tab');
      onCheckbox = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
    }
    expect(onCheckbox).toBe(true);
    await page.keyboard.press('Space');
    expect(decodeURIComponent(page.url())).toMatch(/类型=/);
  });

  test('says so when the words exist but not together, and shows those results', async () => {
    const outcome = await search(page, site.server.origin, '沙坪坝区政府工作报告');
    expect(outcome.status).toMatch(/^没有找到完整包含“沙坪坝区政府工作报告”的内容；以下 \d+ 条结果包含其中全部字词/);
    expect(outcome.results.length).toBeGreaterThan(0);
  });

  test('says so when nothing matches', async () => {
    const outcome = await search(page, site.server.origin, '鲸鱼馆');
    expect(outcome.status).toBe('没有找到与“鲸鱼馆”相关的结果。可以换一个词，或按下方分类浏览。');
    expect(outcome.results).toEqual([]);
  });

  test('has no console error, failed or foreign request, and no axe violation with results shown', async () => {
    const watch = await watchPage(page, site.server.origin);
    await search(page, site.server.origin, '双减');
    await page.waitForFunction(() => document.getElementById('search-app')?.dataset.excerpts === 'done');
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});

describe('the search page without JavaScript', () => {
  test('says that search needs JavaScript and links to the browse pages', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${site.server.origin}/search/?q=双减`);
    expect(await p.locator('noscript').count()).toBe(1);
    expect(await p.textContent('body')).toContain('全文搜索需要浏览器启用 JavaScript');
    expect(await p.isVisible('#search-app')).toBe(false);
    const links = await p.locator('.search-fallback a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/documents/', '/gazettes/', '/reports/', '/glossary/']);
    await noJs.close();
  });

  describe('puts the query back in its box (nginx, deploy/search-query.js)', () => {
    const HOSTILE = `"><img src=x onerror=alert(1)>&amp;`;
    let noJs: BrowserContext;
    let p: Page;
    beforeEach(async () => {
      noJs = await site.browser.newContext({ javaScriptEnabled: false });
      p = await noJs.newPage();
    });
    afterEach(async () => noJs?.close());

    /** Opens `path` as written (raw percent-encoding) and returns the main box's value. */
    const boxAfter = async (path: string) => {
      const response = await p.goto(site.server.origin + path);
      expect(response?.status(), path).toBe(200);
      expect(await p.textContent('body'), path).toContain('全文搜索需要浏览器启用 JavaScript');
      expect(await p.inputValue('#site-search-q'), path).toBe('');
      return p.inputValue('#search-q');
    };

    test('a Chinese query, from the search page or from the header box of another page', async () => {
      expect(await boxAfter(`/search/?q=${encodeURIComponent('白名单')}`)).toBe('白名单');
      expect(await boxAfter(`/search/index.html?q=${encodeURIComponent('白名单')}`)).toBe('白名单');
      await p.goto(`${site.server.origin}/documents/`);
      await p.fill('#site-search-q', '沙府发〔2025〕8号 双减');
      await p.press('#site-search-q', 'Enter');
      await p.waitForURL(/\/search\/\?q=/);
      expect(await p.inputValue('#search-q')).toBe('沙府发〔2025〕8号 双减');
    });

    test("a hostile query is the box's text and nothing else", async () => {
      expect(await boxAfter(`/search/?q=${encodeURIComponent(HOSTILE)}`)).toBe(HOSTILE);
      expect(await p.locator('img').count()).toBe(0);
      expect(await p.locator('input#search-q').count()).toBe(1);
      expect(await p.locator('#search-form > *').evaluateAll((els) => els.map((e) => e.tagName))).toEqual([
        'LABEL',
        'INPUT',
        'BUTTON',
      ]);
      expect(await boxAfter(`/search/?q=${encodeURIComponent(`'${HOSTILE}</noscript>`)}`)).toBe(
        `'${HOSTILE}</noscript>`,
      );
      expect(await p.locator('img').count()).toBe(0);
    });

    test('malformed, empty or absent: an empty box; two q arguments: the first, as the page script reads it', async () => {
      for (const path of ['/search/?q=%E7%99', '/search/?q=%FF', '/search/?q=', '/search/', '/search/?sort=date-desc'])
        expect(await boxAfter(path), path).toBe('');
      expect(await boxAfter('/search/?q=a&q=b')).toBe('a');
    });

    test('/search?q= is redirected with its query, which lands in the box', async () => {
      expect(await boxAfter(`/search?q=${encodeURIComponent('白名单')}`)).toBe('白名单');
      expect(decodeURIComponent(new URL(p.url()).pathname + new URL(p.url()).search)).toBe('/search/?q=白名单');
    });
  });
});

describe('the search page with JavaScript and a query written in by nginx', () => {
  test('the box holds the query once, and the search runs as before', async () => {
    const response = await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent('白名单')}`);
    expect(await response!.text()).toContain('<input id="search-q" value="白名单" name="q"');
    await done('白名单');
    expect(await page.inputValue('#search-q')).toBe('白名单');
    expect((await readOutcome(page)).results.length).toBeGreaterThan(0);
    // Typing replaces the query, as on a page opened without one.
    await page.fill('#search-q', '');
    await page.locator('#search-q').pressSequentially('双减');
    await done('双减');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=双减');
  });

  test('a hostile query is searched for as text, with no error and no image', async () => {
    const watch = await watchPage(page, site.server.origin);
    const hostile = `"><img src=x onerror=alert(1)>&amp;`;
    const outcome = await search(page, site.server.origin, hostile);
    expect(await page.inputValue('#search-q')).toBe(hostile);
    expect(outcome.status).not.toBe('');
    expect(await page.locator('img').count()).toBe(0);
    expect(watch.problems).toEqual([]);
  });
});
