/**
 * The versions page of a report with two editions, in Chromium served by nginx: no axe
 * violation (WCAG 2.2 A/AA), changes announced in words (增加：/删去：) and shown with marks
 * when printed, and nothing needs JavaScript.
 */
import { chmodSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchChromium } from '../../src/harness/chromium.ts';
import { serveWithNginx, type RunningServer } from '../../src/harness/nginx.ts';
import { buildEditionsSite, type EditionsSite } from '../site/editions-site.ts';

let site: EditionsSite;
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  site = buildEditionsSite();
  if (site.status !== 0) throw new Error(`build failed:\n${site.output.slice(-2000)}`);
  chmodSync(site.tmp, 0o755); // readable by nginx's unprivileged workers
  server = await serveWithNginx(site.dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(site.tmp, { recursive: true, force: true });
});

const PAGES = [
  '/reports/work-report-2022/versions/',
  '/reports/work-report-2022/',
  '/glossary/fang-guan-fu/',
  '/documents/sfzf-2022-008/versions/',
];

describe.each(PAGES)('%s', (path) => {
  test('has no axe violation', async () => {
    // axe-core/playwright needs a page of a context opened with browser.newContext().
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the versions page', () => {
  test('works without JavaScript and marks changes in words and marks, on screen and in print', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${PAGES[0]}`);
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const facts = await page.evaluate(() => {
        const ins = document.querySelector('.edition-changes ins')!;
        const del = document.querySelector('.edition-changes del')!;
        return {
          insText: (ins as HTMLElement).innerText,
          delText: (del as HTMLElement).innerText,
          insLine: getComputedStyle(ins).textDecorationLine,
          delLine: getComputedStyle(del).textDecorationLine,
          changes: document.querySelectorAll('.edition-changes li').length,
        };
      });
      expect(facts.changes).toBe(3);
      expect(facts.insText).toContain('［＋并提出修改意见］');
      expect(facts.delText).toContain('［－大力］');
      expect(facts.insLine).toBe('underline');
      expect(facts.delLine).toBe('line-through');
    }
    const accessible = await page
      .locator('.edition-changes ins')
      .first()
      .evaluate((el) => el.textContent);
    expect(accessible).toMatch(/^增加：/);
    await context.close();
  });
});
