/**
 * Tables on phones and on paper: numbers (with their % or ‰) never break inside, short
 * terms (cell-terms.ts: 牵头单位, 区农业农村委, 0.3‰以内) are never split across lines, no
 * column shrinks to one character a line, a table wider than the screen scrolls in its
 * labelled region, a region with nothing to scroll is not a Tab stop, and on paper every
 * table fits the text width.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { splitCellText } from '../../src/lib/render/cell-terms.ts';
import { useServedSite } from './served-site.ts';

const site = useServedSite();

/** Tables of every origin: imported document and report bodies, the targets' data tables. */
const TABLE_PAGES = ['/documents/sfzf-2025-008/', '/reports/supervision-report-2022/', '/targets/', '/targets/2022/'];

interface CellLines {
  text: string;
  /** Offsets in `text` where a new line starts. */
  breaks: number[];
}

/** Every visible cell's text and where its lines break. */
function cellLines(): CellLines[] {
  const cells: CellLines[] = [];
  for (const cell of document.querySelectorAll<HTMLElement>('main td, main th')) {
    if (!cell.getClientRects().length) continue;
    let text = '';
    const breaks: number[] = [];
    let lastTop: number | null = null;
    // A <br/> is a line break of the source (names listed one per line): a newline in the text.
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeName === 'BR') text += '\n';
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const value = node.textContent ?? '';
      for (let i = 0; i < value.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        if (rect) {
          const top = Math.round(rect.top);
          if (lastTop !== null && top > lastTop + 2) breaks.push(text.length + i);
          lastTop = top;
        }
      }
      text += value;
    }
    cells.push({ text, breaks });
  }
  return cells;
}

/** Numbers and short terms that a line break falls inside of. */
function splitWords(cells: CellLines[]): string[] {
  const split: string[] = [];
  for (const { text, breaks } of cells) {
    const inside = (start: number, end: number) => breaks.some((b) => b > start && b < end);
    for (const m of text.matchAll(/\d[\d.,]*[%‰]?/g))
      if (inside(m.index, m.index + m[0].length)) split.push(`number ${m[0]} in “${text.slice(0, 20)}”`);
    let offset = 0;
    for (const part of splitCellText(text)) {
      if (part.term && inside(offset, offset + part.text.length)) split.push(`term ${part.text}`);
      offset += part.text.length;
    }
  }
  return split;
}

/** Cells with two or more characters whose text box is narrower than `least` characters. */
const narrowCells = (page: Page, least: number) =>
  page.$$eval(
    'main td, main th',
    (cells, least) =>
      cells
        .filter((cell) => cell.getClientRects().length)
        .filter((cell) => {
          const style = getComputedStyle(cell);
          const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return [...(cell.textContent?.trim() ?? '')].length >= 2 && inner < least * parseFloat(style.fontSize) - 1;
        })
        .map((cell) => cell.textContent!.trim().slice(0, 20)),
    least,
  );

const idleScrollRegions = (page: Page) =>
  page.$$eval('.table-wrap', (els) =>
    els
      .filter((el) => el.getAttribute('tabindex') === '0' && el.scrollWidth <= el.clientWidth)
      .map(
        (el) =>
          `${el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby')} ${el.scrollWidth}/${el.clientWidth}`,
      ),
  );

/** Tables wider than the page's text column. */
const tablesPastTextWidth = (page: Page) =>
  page.$$eval('main table', (tables: HTMLTableElement[]) => {
    const width = document.querySelector('main')!.clientWidth;
    return tables
      .filter((t) => t.getBoundingClientRect().width > width + 1)
      .map(
        (t) => `${t.caption?.textContent?.slice(0, 20) ?? '?'} ${Math.round(t.getBoundingClientRect().width)}/${width}`,
      );
  });

describe.each(TABLE_PAGES)('tables on %s', (path) => {
  test('at 320 px: no number or short term split, no column under four characters, only scrolling regions are Tab stops', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    expect(splitWords(await page.evaluate(cellLines))).toEqual([]);
    expect(await narrowCells(page, 4)).toEqual([]);
    expect(await idleScrollRegions(page)).toEqual([]);
    await page.close();
  });

  test('printed (A4 text width): no number or short term split, every table within the text width', async () => {
    const page = await site.browser.newPage({ viewport: { width: 590, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    expect(splitWords(await page.evaluate(cellLines))).toEqual([]);
    expect(await narrowCells(page, 2)).toEqual([]);
    expect(await tablesPastTextWidth(page)).toEqual([]);
    await page.close();
  });
});
