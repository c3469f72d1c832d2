/**
 * One page of every type in Chromium, served by nginx with deploy/nginx.conf: no console
 * error, no failed request, no request to another host, and zero axe violations
 * (WCAG 2.0/2.1/2.2 A and AA).
 */
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { useServedSite } from './served-site.ts';
import { openPageType } from './open-page.ts';
import { pageTypes } from './page-types.ts';
import { watchPage } from './watch-page.ts';

const site = useServedSite();

describe.each(pageTypes())('$type page ($path) in Chromium', (pageType) => {
  const { path, status } = pageType;
  test('loads with no console error, failed request or request to another host, and has no axe violation', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const url = site.server.origin + path;
    const watch = await watchPage(page, site.server.origin, status === 404 ? url : undefined);
    const response = await openPageType(page, site.server.origin, pageType);
    expect(response?.status()).toBe(status);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  });
});
