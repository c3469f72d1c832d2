/**
 * The glossary in Chromium, served by nginx with the site's CSP: a term page and an
 * open definition have no axe violation; the definition appears on keyboard focus and
 * on hover, is the link's accessible description (also without JavaScript), stays while
 * the pointer is on it, and Escape closes it; the index filter narrows the list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../browser/axe.ts';
import { useServedSite } from '../browser/served-site.ts';
import { watchPage } from '../browser/watch-page.ts';
import { DIST } from '../site/helpers.ts';

/** The built report with the most term links: most to go wrong. */
function pageWithMostLinks(): string {
  const count = (path: string) =>
    (readFileSync(join(DIST, path, 'index.html'), 'utf8').match(/class="glossary-term"/g) ?? []).length;
  const paths = ['reports', 'documents']
    .flatMap((s) => readdirSync(join(DIST, s)).map((name) => `${s}/${name}`))
    .filter((p) => existsSync(join(DIST, p, 'index.html')));
  return `/${paths.sort((a, b) => count(b) - count(a))[0]}/`;
}

const site = useServedSite();

async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; problems: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled });
  const page = await context.newPage();
  const watch = await watchPage(page, site.server.origin);
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  return { page, problems: watch.problems };
}

/** The accessible description Chromium computes for the first element matching `selector`. */
async function accessibleDescription(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
  const axNode = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  return String(axNode?.description?.value ?? '');
}

const tipState = (page: Page) =>
  page.evaluate(() => {
    const tip = document.getElementById('glossary-tip');
    return {
      shown: !!tip && !tip.hidden && getComputedStyle(tip).visibility === 'visible',
      text: tip?.textContent ?? '',
    };
  });

describe('glossary in the browser', () => {
  test('a term page loads cleanly and has no axe violation', async () => {
    const { page, problems } = await open('/glossary/fang-guan-fu/');
    expect(await page.locator('h1 dfn').textContent()).toBe('放管服');
    expect(await page.locator('.glossary-uses a').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('keyboard focus on a term link opens its definition, axe finds nothing, Escape closes it', async () => {
    const { page, problems } = await open(pageWithMostLinks());
    const link = page.locator('a.glossary-term').first();
    const described = await link.getAttribute('aria-describedby');
    const definition = (await page.locator(`[id="${described}"]`).textContent())!.replace(/^名词解释：/, '');
    await link.focus();
    await expect.poll(() => tipState(page)).toMatchObject({ shown: true });
    expect((await tipState(page)).text).toContain(definition);
    expect(await accessibleDescription(page, 'a.glossary-term')).toBe(`名词解释：${definition}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect((await tipState(page)).shown).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('glossary-term'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('hover opens the definition, which stays while the pointer moves onto it and closes after it leaves', async () => {
    const { page } = await open(pageWithMostLinks());
    const link = page.locator('a.glossary-term').nth(1);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect.poll(() => tipState(page)).toMatchObject({ shown: true });
    const box = (await page.locator('#glossary-tip').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(600);
    expect((await tipState(page)).shown).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => tipState(page)).toMatchObject({ shown: false });
    await page.context().close();
  });

  test('without JavaScript the link still leads to the term page and carries the definition as its description', async () => {
    const { page } = await open(pageWithMostLinks(), false);
    const link = page.locator('a.glossary-term').first();
    expect(await link.getAttribute('href')).toMatch(/^\/glossary\/[^/]+\/$/);
    expect(await accessibleDescription(page, 'a.glossary-term')).toMatch(/^名词解释：./);
    expect(await page.locator('#glossary-tip').count()).toBe(0);
    await page.context().close();
  });

  test('the index filter narrows the list as one types, announces the count, and axe finds nothing', async () => {
    const { page, problems } = await open('/glossary/');
    const input = page.getByLabel(/筛选名词/);
    await input.fill('fgf');
    await expect.poll(() => page.locator('li[data-filter]:visible').allTextContents()).toHaveLength(1);
    expect(await page.locator('li[data-filter]:visible a').textContent()).toBe('放管服');
    expect(await page.locator('#glossary-filter-status').textContent()).toBe('找到 1 个名词');
    expect(await axeViolations(page)).toEqual([]);
    await input.fill('');
    expect(await page.locator('li[data-filter]:visible').count()).toBe(await page.locator('li[data-filter]').count());
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
