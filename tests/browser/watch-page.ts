/**
 * Records everything that goes wrong while a page loads and runs: console errors,
 * uncaught exceptions, failed requests, error responses and requests to any other host.
 */
import type { Page } from 'playwright-core';

export interface PageWatch {
  /** Human-readable problems found so far. */
  problems: string[];
}

/**
 * `origin` is the test server's; `expectedErrorUrl` is a URL allowed to answer with an
 * error status (the missing address whose 404 page is being tested).
 */
export async function watchPage(page: Page, origin: string, expectedErrorUrl?: string): Promise<PageWatch> {
  const watch: PageWatch = { problems: [] };
  // A request to another host is recorded and never leaves the machine.
  await page.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
  );
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium reports the 404 status of the page under test itself as a console error.
    const isExpected404 = expectedErrorUrl && message.location().url === expectedErrorUrl && /404/.test(message.text());
    if (!isExpected404) watch.problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watch.problems.push(`uncaught exception: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) {
      watch.problems.push(`request to another host: ${request.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin !== origin) return; // already reported as another host
    watch.problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== expectedErrorUrl) {
      watch.problems.push(`error response ${response.status()}: ${response.url()}`);
    }
  });
  return watch;
}
