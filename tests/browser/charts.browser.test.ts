/**
 * Build-time SVG charts follow the reading modes: with 高对比度 every chart word has
 * at least 4.5:1 and every mark, symbol and pattern stripe at least 3:1 against the
 * chart's background (WCAG 1.4.3, 1.4.11), as the data tables already do; on a 320 px
 * phone chart words are not scaled below their drawn size, and grow with 大字号.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useServedSite } from './served-site.ts';
import { contrastRatio } from './contrast.ts';

const site = useServedSite();

/** One page per chart kind: indicator series, year bullets, the dashboard, task categories and progress. */
const CHART_PAGES = ['/targets/gdp-growth/', '/targets/2022/', '/targets/', '/targets/tasks-2022/'];

interface Painted {
  what: string;
  color: string;
}

/** A mark is seen by the more contrasting of its fill and its outline. */
interface Mark {
  what: string;
  colors: string[];
}

/** Computed colours in every chart: words, marks (fill, or stroke where the fill is a pattern) and pattern stripes. */
function paints(page: Page): Promise<{ background: string; words: Painted[]; marks: Mark[] }> {
  return page.evaluate(() => {
    const svgs = [...document.querySelectorAll('svg.chart-svg')];
    const label = (el: Element) =>
      `${el.closest('svg')!.id || el.closest('figure')?.id} ${el.tagName} ${(el.textContent ?? '').slice(0, 12)}`;
    const words = svgs
      .flatMap((s) => [...s.querySelectorAll('text')])
      .map((t) => ({ what: label(t), color: getComputedStyle(t).fill }));
    const marks = svgs
      .flatMap((s) => [...s.querySelectorAll('[class^="mark-"], .status-symbol, .status-symbol *, pattern line')])
      .filter((m) => m.tagName !== 'g')
      .map((m) => {
        const style = getComputedStyle(m);
        const colors = [style.fill, parseFloat(style.strokeWidth) > 0 ? style.stroke : 'none'].filter((c) =>
          c.startsWith('rgb'),
        );
        return { what: label(m), colors };
      });
    return { background: getComputedStyle(svgs[0]).backgroundColor, words, marks };
  });
}

describe.each(CHART_PAGES)('charts on %s with 高对比度', (path) => {
  test('words have at least 4.5:1 and marks at least 3:1 against the black background', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('spb-reading-mode:contrast', 'on'));
    const page = await context.newPage();
    await page.goto(site.server.origin + path);
    const { background, words, marks } = await paints(page);
    expect(background).toBe('rgb(0, 0, 0)');
    expect(words.length).toBeGreaterThan(5);
    expect(marks.length).toBeGreaterThan(0);
    const low = (items: Painted[], min: number) =>
      items
        .map((p) => ({ ...p, ratio: contrastRatio(p.color, background) }))
        .filter((p) => p.ratio < min)
        .map((p) => `${p.what} ${p.color} ${p.ratio}:1`);
    expect(low(words, 4.5)).toEqual([]);
    const faint = marks
      .map((m) => ({ ...m, ratio: Math.max(0, ...m.colors.map((c) => contrastRatio(c, background))) }))
      .filter((m) => m.ratio < 3)
      .map((m) => `${m.what} ${m.colors.join('/')} ${m.ratio}:1`);
    expect(faint).toEqual([]);
    await context.close();
  });
});

/** The smallest chart word as drawn on screen: its font size times the SVG's scale. */
const smallestWord = (page: Page) =>
  page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll('svg.chart-svg text')].map(
        (t) => (t as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize),
      ),
    ),
  );

describe.each(CHART_PAGES)('charts on %s at 320 px', (path) => {
  test('words are at least 11 px, and a quarter larger with 大字号', async () => {
    const sizes: number[] = [];
    for (const large of [false, true]) {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
      if (large) await context.addInitScript(() => localStorage.setItem('spb-reading-mode:large', 'on'));
      const page = await context.newPage();
      await page.goto(site.server.origin + path);
      sizes.push(Math.round((await smallestWord(page)) * 10) / 10);
      await context.close();
    }
    expect(sizes[0]).toBeGreaterThanOrEqual(11);
    expect(sizes[1]).toBeGreaterThanOrEqual(sizes[0] * 1.25 - 0.1);
  });
});
