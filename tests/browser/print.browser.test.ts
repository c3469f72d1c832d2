/**
 * Printing a document (Chromium's print to PDF): A4 with the margins of GB/T 9704-2012,
 * headings kept with what follows, the disclaimer once, no footer links that do nothing
 * on paper.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite();
const PAGES = ['/documents/sfzf-2025-008/', '/reports/supervision-report-2022/'];

async function printed(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  return page;
}

describe.each(PAGES)('%s printed', (path) => {
  test('has an A4 @page with the margins of GB/T 9704 and page numbers', async () => {
    const page = await printed(path);
    const rules = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((s) => [...s.cssRules])
        .filter((r): r is CSSPageRule => r instanceof CSSPageRule)
        .map((r) => r.cssText),
    );
    const base = rules.find((r) => /size:\s*A4/i.test(r));
    expect(base).toMatch(/margin: 37mm 26mm 35mm 28mm/);
    expect(rules.join('\n')).toMatch(/counter\(page\)/);
    // The PDF's pages are A4 (595 × 842 points).
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
    await page.close();
  });

  test('keeps headings with what follows, prints the disclaimer once and no footer links', async () => {
    const page = await printed(path);
    const facts = await page.evaluate(() => {
      const shown = (el: Element) =>
        (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
      return {
        headingBreaks: [
          ...new Set([...document.querySelectorAll('main h2, main h3')].map((h) => getComputedStyle(h).breakAfter)),
        ],
        disclaimers: [...document.querySelectorAll('.disclaimer')].filter(shown).length,
        footerLinks: [...document.querySelectorAll('footer a')].filter(shown).map((a) => a.textContent),
      };
    });
    expect(facts).toEqual({ headingBreaks: ['avoid'], disclaimers: 1, footerLinks: [] });
    await page.close();
  });
});
