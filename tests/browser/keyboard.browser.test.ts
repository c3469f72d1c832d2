/**
 * Keyboard-only use of one page of every type: the skip link comes first and works,
 * every stop shows a visible focus indicator, is scrolled into view and not hidden,
 * and the order follows the document.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useServedSite } from './served-site.ts';
import { focusStop, positiveTabindexElements, tabThrough } from './keyboard.ts';
import { openPageType } from './open-page.ts';
import { pageTypes, type PageType } from './page-types.ts';

const site = useServedSite();

async function open(pageType: PageType): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
  await openPageType(page, site.server.origin, pageType);
  return page;
}

describe.each(pageTypes())('keyboard on the $type page ($path)', (pageType) => {
  test('the first Tab reaches the visible skip link, and Enter moves focus to the main content', async () => {
    const page = await open(pageType);
    await page.keyboard.press('Tab');
    const first = await focusStop(page);
    expect(first?.label).toMatch(/^a\.skip-link "跳到正文"/);
    expect(first).toMatchObject({ indicatorVisible: true, inViewport: true, notObscured: true });
    await page.keyboard.press('Enter');
    // Following a fragment link completes asynchronously. What matters is where focus lands
    // (a page script may rewrite the URL, e.g. search keeps ?q= in it).
    await page.waitForFunction(() => document.activeElement?.id === 'main', undefined, { timeout: 5000 });
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main, footer'))).toBe(true);
    await page.close();
  });

  test('every Tab stop shows its focus, is in view and unobscured, in document order', async () => {
    const page = await open(pageType);
    expect(await positiveTabindexElements(page)).toEqual([]);
    const stops = await tabThrough(page);
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.filter((s) => !s.indicatorVisible).map((s) => s.label)).toEqual([]);
    expect(stops.filter((s) => !s.inViewport).map((s) => s.label)).toEqual([]);
    expect(stops.filter((s) => !s.notObscured).map((s) => s.label)).toEqual([]);
    const outOfOrder = stops.filter((s, i) => i > 0 && s.domIndex <= stops[i - 1].domIndex).map((s) => s.label);
    expect(outOfOrder).toEqual([]);
    // Every link and form control can be reached.
    const reachable = await page.$$eval(
      'a[href], button, input:not([type="hidden"]), select, textarea',
      (els) =>
        els.filter((el) => (el as HTMLElement).getClientRects().length > 0 && !(el as HTMLButtonElement).disabled)
          .length,
    );
    expect(stops.length).toBeGreaterThanOrEqual(reachable);
    await page.close();
  });
});
