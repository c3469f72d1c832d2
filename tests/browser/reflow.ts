/** Horizontal overflow of a page as laid out at the current viewport and zoom. */
import type { Page } from 'playwright-core';

export interface Overflow {
  /** The page scrolls sideways. */
  scrollsHorizontally: boolean;
  /** Widest elements sticking out on the right, to say what to fix. */
  culprits: string[];
}

export async function horizontalOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    // An element inside a container that scrolls on its own (wide tables) does not widen the page.
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (/(auto|scroll)/.test(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !inScroller(el))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} right=${Math.round(el.getBoundingClientRect().right)}px`,
      );
    return { scrollsHorizontally: root.scrollWidth > width, culprits };
  });
}
