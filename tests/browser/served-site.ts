/**
 * The built site served by Debian's nginx (deploy/nginx.conf) and a Chromium to open it,
 * started once per test file and stopped after it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveWithNginx, type RunningServer } from '../../src/harness/nginx.ts';
import { launchChromium } from '../../src/harness/chromium.ts';

export interface ServedSite {
  server: RunningServer;
  browser: Browser;
}

/** Registers the beforeAll/afterAll hooks; the returned object is filled in before the first test runs. */
export function useServedSite(): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.server = await serveWithNginx();
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
