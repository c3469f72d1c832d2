/**
 * One page of every type in Chromium, served by nginx with deploy/nginx.conf: no console
 * error, no failed request, no request to another host, and zero axe violations
 * (WCAG 2.0/2.1/2.2 A and AA).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveWithNginx, type RunningServer } from '../quality/serve/nginx.ts';
import { axeViolations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { openPageType } from './open-page.ts';
import { pageTypes } from './page-types.ts';
import { watchPage } from './watch-page.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveWithNginx();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(pageTypes())('$type page ($path) in Chromium', (pageType) => {
  const { path, status } = pageType;
  test('loads with no console error, failed request or request to another host, and has no axe violation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = server.origin + path;
    const watch = await watchPage(page, server.origin, status === 404 ? url : undefined);
    const response = await openPageType(page, server.origin, pageType);
    expect(response?.status()).toBe(status);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  });
});
