/** Search excerpts as the reader sees and hears them: no indexer's mark (U+241E) shows through. */
import { describe, expect, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite();

describe.each(['白名单', '发展'])('excerpts for ?q=%s', (query) => {
  test('show the end of a paragraph as a space, never the record separator ␞', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-app[data-excerpts="done"]', { timeout: 15_000 });
    const text = await page.locator('#search-app').innerText();
    expect(text).toContain(query);
    expect(text).not.toContain('\u241e');
    await page.close();
  });
});
