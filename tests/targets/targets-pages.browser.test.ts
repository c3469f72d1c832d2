/**
 * The targets pages in Chromium, served by nginx with the deploy configuration
 * (its CSP forbids inline scripts and styles): no console error, no failed or
 * other-host request, zero axe violations (WCAG 2.x A/AA), and no sideways
 * scrolling at 320 px. Set SPB_DIST to check another build than dist/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveWithNginx, type RunningServer } from '../../src/harness/nginx.ts';
import { axeViolations } from '../browser/axe.ts';
import { launchChromium } from '../../src/harness/chromium.ts';
import { watchPage } from '../browser/watch-page.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveWithNginx(process.env.SPB_DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PAGES = [
  '/targets/',
  '/targets/2022/',
  '/targets/gdp-growth/',
  '/targets/air-quality/',
  '/targets/tasks-2022/',
  '/reports/supervision-report-2022/',
];

describe.each(PAGES)('%s in Chromium', (path) => {
  test.each([1280, 320])(
    'at %i px: loads cleanly, has no axe violation and does not scroll sideways',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const watch = await watchPage(page, server.origin);
      const response = await page.goto(server.origin + path);
      expect(response?.status()).toBe(200);
      expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      expect(watch.problems).toEqual([]);
      await context.close();
    },
  );
});
