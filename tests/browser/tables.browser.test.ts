/**
 * Tables on phones and on paper: numbers (with their % or ‰) never break inside, no
 * column shrinks to one character a line, a table wider than the screen scrolls in its
 * labelled region, and a region with nothing to scroll is not a Tab stop. On a phone no
 * column is narrower than four characters, so that a short term (牵头单位, 结果时期) is whole.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useServedSite } from './served-site.ts';

const site = useServedSite();

/** Tables of every origin: imported document and report bodies, the targets' data tables. */
const TABLE_PAGES = ['/documents/sfzf-2025-008/', '/reports/supervision-report-2022/', '/targets/', '/targets/2022/'];

/**
 * Cells where a number is split across lines, that are narrower than `least` characters, or
 * whose whole text is a short term (two to four characters, no space) broken across lines.
 */
function badCells(least: number): { split: string[]; narrow: string[]; brokenTerms: string[] } {
  const split: string[] = [];
  const narrow: string[] = [];
  const brokenTerms: string[] = [];
  const lines = (range: Range) =>
    new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  for (const cell of document.querySelectorAll<HTMLElement>('main td, main th')) {
    if (!cell.getClientRects().length) continue;
    const style = getComputedStyle(cell);
    const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const text = cell.textContent?.trim() ?? '';
    if ([...text].length >= 2 && inner < least * parseFloat(style.fontSize) - 1)
      narrow.push(`${text.slice(0, 20)} (${Math.round(inner)}px)`);
    if (/^\S{2,4}$/u.test(text)) {
      const whole = document.createRange();
      whole.selectNodeContents(cell);
      if (lines(whole) > 1) brokenTerms.push(text);
    }
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent!.matchAll(/\d[\d.,]*[%‰]?/g)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        if (lines(range) > 1) split.push(`${m[0]} in “${text.slice(0, 20)}”`);
      }
    }
  }
  return { split, narrow, brokenTerms };
}

const idleScrollRegions = (page: Page) =>
  page.$$eval('.table-wrap', (els) =>
    els
      .filter((el) => el.getAttribute('tabindex') === '0' && el.scrollWidth <= el.clientWidth)
      .map(
        (el) =>
          `${el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby')} ${el.scrollWidth}/${el.clientWidth}`,
      ),
  );

describe.each(TABLE_PAGES)('tables on %s', (path) => {
  test('at 320 px: no number or short term split, no column under four characters, only scrolling regions are Tab stops', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    const { split, narrow, brokenTerms } = await page.evaluate(badCells, 4);
    expect(split).toEqual([]);
    expect(narrow).toEqual([]);
    expect(brokenTerms).toEqual([]);
    expect(await idleScrollRegions(page)).toEqual([]);
    await page.close();
  });

  test('printed (A4 text width): no number split, no one-character column', async () => {
    const page = await site.browser.newPage({ viewport: { width: 590, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    // Paper keeps room for long text columns: a short term may wrap there (not checked).
    const { split, narrow } = await page.evaluate(badCells, 2);
    expect(split).toEqual([]);
    expect(narrow).toEqual([]);
    await page.close();
  });
});
