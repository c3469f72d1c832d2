/**
 * Reflow (WCAG 1.4.10) and zoom (1.4.4): one page of every type at 320 CSS px wide and at
 * 200% browser zoom of a 1280×720 window (640×360 CSS px at device scale 2) scrolls only
 * vertically; wide tables scroll inside their own region.
 */
import { describe, expect, test } from 'vitest';
import { useServedSite } from './served-site.ts';
import { openPageType } from './open-page.ts';
import { pageTypes } from './page-types.ts';
import { horizontalOverflow } from './reflow.ts';

const site = useServedSite();

const LAYOUTS = [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200% zoom', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 },
];

describe.each(pageTypes())('the $type page ($path)', (pageType) => {
  for (const layout of LAYOUTS) {
    test(`does not scroll sideways at ${layout.name}`, async () => {
      const context = await site.browser.newContext({
        viewport: layout.viewport,
        deviceScaleFactor: layout.deviceScaleFactor,
      });
      const page = await context.newPage();
      await openPageType(page, site.server.origin, pageType);
      const overflow = await horizontalOverflow(page);
      expect(overflow.culprits).toEqual([]);
      expect(overflow.scrollsHorizontally).toBe(false);
      await context.close();
    });
  }
});
