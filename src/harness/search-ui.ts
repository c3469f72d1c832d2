/** Drives the built search page in Chromium and reads what a reader sees. */
import type { Page } from 'playwright-core';

export interface SearchOutcome {
  /** Text of the status line (announced to screen readers). */
  status: string;
  /** Glossary cards, by page path, in order. */
  cards: string[];
  /** Result list, by page path, in order, after every "显示更多结果" click. */
  results: string[];
  /** The results visible before any "显示更多结果" click (cards first). */
  firstPage: string[];
}

/** Opens /search/?q=… and waits for the search to finish. */
export async function search(page: Page, origin: string, query: string): Promise<SearchOutcome> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => ['done', 'error'].includes(document.getElementById('search-app')?.dataset.state ?? ''),
    undefined,
    { timeout: 30_000 },
  );
  return readOutcome(page);
}

export async function readOutcome(page: Page): Promise<SearchOutcome> {
  const paths = (selector: string) =>
    page.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).dataset.url ?? ''));
  const status = (await page.textContent('#search-status')) ?? '';
  const cards = await paths('.glossary-card');
  const firstPage = [...cards, ...(await paths('.search-result'))];
  while (await page.isVisible('#search-more')) {
    await page.click('#search-more');
    await page.waitForFunction(() => document.getElementById('search-app')?.dataset.list === 'done');
  }
  return { status, cards, results: await paths('.search-result'), firstPage };
}
