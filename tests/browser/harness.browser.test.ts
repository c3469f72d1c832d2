/** The browser checks themselves catch what they look for, on a small faulty site served with deploy/nginx.conf. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { positiveTabindexElements, tabThrough } from './keyboard.ts';
import { horizontalOverflow } from './reflow.ts';
import { launchChromium } from '../../src/harness/chromium.ts';
import { fixturePage, serveFixtureSite, type FixtureSite } from './fixture-site.ts';
import { watchPage } from './watch-page.ts';

let site: FixtureSite;
let browser: Browser;
beforeAll(async () => {
  site = await serveFixtureSite({
    'index.html': fixturePage('<main><h1>正常</h1><p>内容</p></main>', '<script src="/ok.js"></script>'),
    'ok.js': 'document.documentElement.dataset.ran = "yes";',
    'faulty/index.html': fixturePage(
      `<main><h1>有问题</h1><img src="/missing.png"><img src="https://cdn.example.org/x.png" alt="外部图片">
       <p style="color:#bbb">浅灰色文字</p><script>document.title = "inline ran"</script></main>`,
      '<script src="/throws.js"></script>',
    ),
    'throws.js': 'throw new Error("脚本出错");',
    'bad-layout/index.html': fixturePage(
      '<main><h1>布局问题</h1><a href="/">甲</a><a href="/" tabindex="3">乙</a><div class="wide">很宽的内容</div></main>',
      '<link rel="stylesheet" href="/bad.css">',
    ),
    'bad.css': 'a:focus { outline: none; } .wide { width: 800px; }',
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.remove();
});

describe('browser checks', () => {
  test('a clean page passes: external script runs, nothing reported, no axe violation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const watch = await watchPage(page, site.server.origin);
    await page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.ran)).toBe('yes');
    expect(watch.problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('a faulty page is caught: 404 resource, other host, blocked inline script, uncaught error, axe violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const watch = await watchPage(page, site.server.origin);
    await page.goto(`${site.server.origin}/faulty/`, { waitUntil: 'networkidle' });
    const problems = watch.problems.join('\n');
    expect(problems).toContain('error response 404');
    expect(problems).toContain('request to another host: https://cdn.example.org/x.png');
    expect(problems).toMatch(/console error: .*Content Security Policy/);
    expect(problems).toContain('uncaught exception: 脚本出错');
    // The CSP blocked the inline script and the inline style.
    expect(await page.title()).toBe('测试页');
    const rules = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(rules).toContain('image-alt');
    await context.close();
  });

  test('hidden focus, a positive tabindex and a fixed-width block are caught', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/bad-layout/`, { waitUntil: 'load' });
    expect(await positiveTabindexElements(page)).toEqual(['<a href="/" tabindex="3">乙</a>']);
    const stops = await tabThrough(page);
    expect(stops.map((s) => s.indicatorVisible)).toEqual([false, false]);
    // tabindex=3 comes first although it is second in the document.
    expect(stops[0].domIndex).toBeGreaterThan(stops[1].domIndex);
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollsHorizontally).toBe(true);
    expect(overflow.culprits[0]).toMatch(/^div\.wide right=8\d\dpx$/);
    await context.close();
  });
});
