/** Opens a page type and waits until its scripts have drawn what the tests look at. */
import type { Page, Response } from 'playwright-core';
import type { PageType } from './page-types.ts';

export async function openPageType(page: Page, origin: string, pageType: PageType): Promise<Response | null> {
  const response = await page.goto(origin + pageType.path, { waitUntil: 'networkidle' });
  if (pageType.readySelector) await page.waitForSelector(pageType.readySelector, { timeout: 15_000 });
  return response;
}
