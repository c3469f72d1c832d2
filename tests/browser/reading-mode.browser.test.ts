/**
 * The 大字号 / 高对比度 reading mode for older readers: works without JavaScript (header
 * checkboxes, CSS only), is remembered across pages with JavaScript, honours the system's
 * prefers-contrast and prefers-reduced-motion, and keeps every page type accessible and
 * free of sideways scrolling at 320 px with both modes on.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useServedSite } from './served-site.ts';
import { openPageType } from './open-page.ts';
import { pageTypes } from './page-types.ts';
import { horizontalOverflow } from './reflow.ts';
import { watchPage } from './watch-page.ts';

const site = useServedSite();

const types = pageTypes();
const home = types.find((t) => t.type === 'home')!.path;
const documentPage = types.find((t) => t.type === 'document')!.path;

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const bodyColors = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { text: style.color, background: style.backgroundColor };
  });
const switchState = (page: Page) =>
  page.evaluate(() => ({
    large: (document.getElementById('rm-large') as HTMLInputElement).checked,
    contrast: (document.getElementById('rm-contrast') as HTMLInputElement).checked,
    classes: document.documentElement.className,
  }));

async function withContext<T>(
  options: Parameters<Browser['newContext']>[0],
  run: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await site.browser.newContext(options);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

describe('reading mode switches', () => {
  test('are labelled checkboxes in the header, grouped under 阅读模式', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(site.server.origin + home);
      expect(await page.getByRole('group', { name: '阅读模式' }).count()).toBe(1);
      for (const name of ['大字号', '高对比度']) {
        const box = page.locator('header').getByRole('checkbox', { name });
        expect(await box.count(), name).toBe(1);
        expect(await box.isChecked(), name).toBe(false);
      }
    });
  });

  test('without JavaScript, turn on large text and high contrast for the page being read', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(site.server.origin + documentPage);
      expect(await rootFontSize(page)).toBe('16px');
      expect(await bodyColors(page)).toEqual({ text: 'rgb(27, 27, 27)', background: 'rgb(255, 255, 255)' });
      await page.getByText('大字号', { exact: true }).click();
      expect(await rootFontSize(page)).toBe('20px');
      await page.getByText('高对比度', { exact: true }).click();
      expect(await bodyColors(page)).toEqual({ text: 'rgb(255, 255, 255)', background: 'rgb(0, 0, 0)' });
      // (axe needs JavaScript in the page; the same two modes are checked with axe on every page type below.)
      await page.getByText('大字号', { exact: true }).click();
      expect(await rootFontSize(page)).toBe('16px');
    });
  });

  test('with JavaScript, the choice is remembered on the next page until it is turned off', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const watch = await watchPage(page, site.server.origin);
      await page.goto(site.server.origin + home);
      await page.getByText('大字号', { exact: true }).click();
      await page.keyboard.press('Tab'); // keyboard works too: Space on the focused 高对比度 box
      await page.keyboard.press('Space');
      expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({
        'spb-reading-mode:large': 'on',
        'spb-reading-mode:contrast': 'on',
      });

      await page.goto(site.server.origin + documentPage);
      expect(await switchState(page)).toEqual({ large: true, contrast: true, classes: 'rm-large rm-contrast' });
      expect(await rootFontSize(page)).toBe('20px');
      expect((await bodyColors(page)).background).toBe('rgb(0, 0, 0)');

      await page.getByText('高对比度', { exact: true }).click();
      await page.goto(site.server.origin + home);
      expect(await switchState(page)).toEqual({ large: true, contrast: false, classes: 'rm-large' });
      expect((await bodyColors(page)).background).toBe('rgb(255, 255, 255)');
      expect(watch.problems).toEqual([]);
    });
  });
});

describe('system preferences', () => {
  test('prefers-contrast: more darkens the ordinary palette and stays accessible', async () => {
    await withContext({ contrast: 'more' }, async (context) => {
      const page = await context.newPage();
      await page.goto(site.server.origin + documentPage);
      expect((await bodyColors(page)).text).toBe('rgb(0, 0, 0)');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main a')!).color)).toBe(
        'rgb(0, 47, 108)',
      );
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test('prefers-reduced-motion: reduce removes every transition and animation', async () => {
    const motion = (page: Page) =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('*')]
            .map((el) => getComputedStyle(el))
            .filter((s) => s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none')
            .length,
      );
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(site.server.origin + home);
      expect(await motion(page)).toBeGreaterThan(0); // the switches fade their colours
    });
    await withContext({ reducedMotion: 'reduce' }, async (context) => {
      const page = await context.newPage();
      await page.goto(site.server.origin + home);
      expect(await motion(page)).toBe(0);
    });
  });
});

describe.each(types)('the $type page ($path) with large text and high contrast at 320 px', (pageType) => {
  test('does not scroll sideways and has no axe violation', async () => {
    await withContext({ viewport: { width: 320, height: 640 } }, async (context) => {
      await context.addInitScript(() => {
        localStorage.setItem('spb-reading-mode:large', 'on');
        localStorage.setItem('spb-reading-mode:contrast', 'on');
      });
      const page = await context.newPage();
      const response = await openPageType(page, site.server.origin, pageType);
      expect(response?.status()).toBe(pageType.status);
      expect(await rootFontSize(page)).toBe('20px');
      const overflow = await horizontalOverflow(page);
      expect(overflow.culprits).toEqual([]);
      expect(overflow.scrollsHorizontally).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
