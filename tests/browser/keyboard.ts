/**
 * A keyboard-only walk through a page: Tab from the top until focus leaves the page,
 * recording for each stop what a sighted keyboard user needs to see.
 */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** e.g. `a.skip-link "跳到正文"` */
  label: string;
  /** Position of the element in document order (index among all elements). */
  domIndex: number;
  /** A focus indicator is drawn: an outline of at least 2px, or a box-shadow. */
  indicatorVisible: boolean;
  /** The element has a box and, after the browser scrolled to it, lies inside the viewport. */
  inViewport: boolean;
  /** The element is what a click at its centre would hit (not hidden under a sticky bar). */
  notObscured: boolean;
}

/** Describes document.activeElement in the page, or returns null when focus is on <body>. */
function describeFocus(): FocusStop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow !== 'none';
  const rect = el.getBoundingClientRect();
  const inViewport =
    rect.width > 0 &&
    rect.height > 0 &&
    rect.bottom > 0 &&
    rect.top < innerHeight &&
    rect.right > 0 &&
    rect.left < innerWidth;
  const hit = document.elementFromPoint(
    Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1),
    Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1),
  );
  const notObscured = !!hit && (hit === el || el.contains(hit) || hit.contains(el));
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '')
    .trim()
    .slice(0, 30);
  const cls = el.classList.length ? '.' + [...el.classList].join('.') : '';
  return {
    label: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls} "${text}"`,
    domIndex: [...document.querySelectorAll('*')].indexOf(el),
    indicatorVisible: outline || shadow,
    inViewport,
    notObscured,
  };
}

export async function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(describeFocus);
}

/** Tabs through the whole page from the top (at most `limit` stops). */
export async function tabThrough(page: Page, limit = 1000): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (!stop) break;
    if (stops.length && stop.domIndex === stops[0].domIndex) break;
    stops.push(stop);
  }
  return stops;
}

/** Elements a positive tabindex would pull out of reading order. */
export async function positiveTabindexElements(page: Page): Promise<string[]> {
  return page.$$eval('[tabindex]', (els) =>
    els.filter((el) => Number(el.getAttribute('tabindex')) > 0).map((el) => el.outerHTML.slice(0, 80)),
  );
}
