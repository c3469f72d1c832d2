/**
 * Focus a keyboard reader can follow (WCAG 2.4.3, 2.4.11): search filters and sort keep
 * focus on the control that was used while the results change; on the glossary index no
 * stop, forwards or backwards, hides under the sticky letter bar, in either text size.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useServedSite } from './served-site.ts';
import { focusStop, type FocusStop } from './keyboard.ts';

const site = useServedSite();

const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return el === document.body
      ? 'BODY'
      : `${el.tagName} ${el.getAttribute('name') ?? el.id} ${(el as HTMLInputElement).value ?? ''}`;
  });

async function openSearch(query: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#search-app[data-state="done"] #search-filters input[type=checkbox]', {
    timeout: 15_000,
  });
  return page;
}

describe('search filters and sort keep the reader’s focus', () => {
  test('Space on a facet checkbox filters, announces the count and leaves focus on that checkbox', async () => {
    const page = await openSearch('发展');
    const box = page.locator('#search-filters input[type=checkbox]').first();
    const before = await page.locator('#search-status').textContent();
    await box.focus();
    const label = await activeLabel(page);
    await page.keyboard.press('Space');
    await page.waitForFunction((text) => document.querySelector('#search-status')?.textContent !== text, before);
    await page.waitForSelector('#search-app[data-state="done"]');
    expect(await activeLabel(page)).toBe(label);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    // The next Tab continues from there, not from the top of the panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-filters') !== null)).toBe(true);
    expect(await activeLabel(page)).not.toMatch(/^SELECT/);
    await page.close();
  });

  test('ArrowDown on the sort select re-sorts and leaves focus on the select', async () => {
    const page = await openSearch('发展');
    await page.locator('#search-sort').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'date-desc');
    await page.waitForSelector('#search-app[data-state="done"]');
    expect(await activeLabel(page)).toBe('SELECT sort date-desc');
    await page.close();
  });
});

/** Shift+Tab from the end of the page back to the top, recording every stop. */
async function tabBackwards(page: Page, limit = 400): Promise<FocusStop[]> {
  await page.locator('footer a').last().focus();
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Shift+Tab');
    const stop = await focusStop(page);
    if (!stop || stop.label.startsWith('a.skip-link')) break;
    stops.push(stop);
  }
  return stops;
}

describe.each([
  { mode: 'ordinary text', large: false, width: 1280 },
  { mode: '大字号', large: true, width: 1280 },
  { mode: '大字号', large: true, width: 960 },
])('glossary index at $width px with $mode', ({ large, width }) => {
  test('no focus stop is hidden under the sticky letter bar, moving back with Shift+Tab', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 720 } });
    if (large) await context.addInitScript(() => localStorage.setItem('spb-reading-mode:large', 'on'));
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/glossary/`, { waitUntil: 'networkidle' });
    const stops = await tabBackwards(page);
    expect(stops.length).toBeGreaterThan(30);
    expect(stops.filter((s) => !s.notObscured).map((s) => s.label)).toEqual([]);
    await context.close();
  });
});
