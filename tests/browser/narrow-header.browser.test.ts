/**
 * On a phone the header must leave the first screen to the content (适老化): at 375 × 740
 * the document title starts on the first screen with ordinary and with 大字号 text, search
 * and the reading mode are one tap away and the navigation folds, all without JavaScript.
 * On a wide screen everything stays in view as before, with nothing to unfold.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite();
const DOCUMENT = '/documents/sfzf-2025-008/';

async function open(options: { width: number; large?: boolean; javaScript?: boolean }): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width: options.width, height: 740 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  await page.goto(site.server.origin + DOCUMENT);
  if (options.large) {
    // On a phone the switch is folded away: one tap unfolds it.
    const fold = page.locator('header summary').first();
    if (await fold.isVisible()) await fold.click();
    await page.getByText('大字号', { exact: true }).click();
  }
  return page;
}

const geometry = (page: Page) =>
  page.evaluate(() => {
    const h1 = document.querySelector('main h1')!.getBoundingClientRect();
    return {
      header: Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height),
      titleTop: Math.round(h1.top + scrollY),
      titleLine: parseFloat(getComputedStyle(document.querySelector('main h1')!).lineHeight),
      rootFont: getComputedStyle(document.documentElement).fontSize,
    };
  });

describe.each([
  { mode: 'ordinary text', large: false, javaScript: true },
  { mode: '大字号', large: true, javaScript: true },
  { mode: '大字号 without JavaScript', large: true, javaScript: false },
])('a document at 375 × 740 with $mode', ({ large, javaScript }) => {
  test('the header is compact and the title’s first line is on the first screen', async () => {
    const page = await open({ width: 375, large, javaScript });
    if (large) await page.locator('header summary').first().click(); // folded again, as it opens
    const g = await geometry(page);
    expect(g.rootFont).toBe(large ? '20px' : '16px');
    expect(g.header).toBeLessThanOrEqual(large ? 200 : 160);
    expect(g.titleTop + g.titleLine).toBeLessThanOrEqual(740 / 2);
    await page.context().close();
  });
});

describe('the folded header on a phone, without JavaScript', () => {
  test('search and the reading mode are one tap away, the navigation unfolds', async () => {
    const page = await open({ width: 375, javaScript: false });
    const search = page.locator('#site-search-q');
    const nav = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政府公报' });
    expect(await search.isVisible()).toBe(false);
    expect(await nav.isVisible()).toBe(false);
    await page.getByText('搜索 · 阅读模式').click();
    expect(await search.isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '大字号' }).isVisible()).toBe(true);
    await page.getByText('栏目导航').click();
    expect(await nav.isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the header at 1280 px', () => {
  test('shows search, reading mode and navigation at once, with nothing to unfold', async () => {
    const page = await open({ width: 1280, javaScript: false });
    expect(await page.locator('#site-search-q').isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '高对比度' }).isVisible()).toBe(true);
    expect(
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政府公报' }).isVisible(),
    ).toBe(true);
    expect(
      await page
        .locator('header summary')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
    ).toBe(0);
    await page.context().close();
  });
});
