/**
 * Imported text is never executable: an export whose text contains <script>, an MDX
 * expression {alert(1)}, a javascript: URL and an inline handler goes through the real
 * import command and a real build; the built page shows all of it as text, in the HTML
 * and in Chromium, and nothing runs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveWithNginx, type RunningServer } from '../../src/harness/nginx.ts';
import { findInlineCode } from '../quality/inline-code.ts';
import { ROOT } from '../site/helpers.ts';
import { launchChromium } from '../../src/harness/chromium.ts';
import { watchPage } from './watch-page.ts';

const PAYLOADS = ['<script>alert(1)</script>', '{alert(1)}', 'javascript:alert(1)', '<img src=x onerror=alert(1)>'];

/** A Word-style export of one notice whose body carries every payload. */
const EXPORT = `重庆市沙坪坝区人民政府
关于做好网页安全检查工作的通知
沙府发〔2025〕97号

各镇人民政府、街道办事处，区级各部门，有关单位：
为检验网站安全，现将有关事项通知如下：正文中的${PAYLOADS[0]}只是文字。
一、花括号${PAYLOADS[1]}和链接${PAYLOADS[2]}都按原文显示。
二、标记${PAYLOADS[3]}同样只是文字。

重庆市沙坪坝区人民政府
2025年3月5日
（此件公开发布）
`;

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} 失败（退出码 ${result.status}）：\n${output}`);
  return output;
}

let tmp: string;
let dist: string;
let pagePath: string;
let html: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'spb-imported-text-'));
  chmodSync(tmp, 0o755); // nginx's unprivileged workers serve the build below
  const exportFile = join(tmp, 'export.txt');
  const contentDir = join(tmp, 'content');
  dist = join(tmp, 'dist');
  writeFileSync(exportFile, EXPORT);
  run('npm', ['run', 'import', '--', exportFile, '--content-dir', contentDir]);
  const notices = readdirSync(join(contentDir, 'notices')).filter((f) => f.endsWith('.mdx'));
  expect(notices).toHaveLength(1);
  run('npx', ['astro', 'build', '--outDir', dist], { SPB_CONTENT_DIR: contentDir, SPB_CACHE_DIR: join(tmp, 'cache') });
  pagePath = `/documents/${notices[0].replace(/\.mdx$/, '')}/`;
  html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('imported text in the built HTML', () => {
  test('shows every payload verbatim as the text of the document body', () => {
    const body = cheerio.load(html)('.doc-body').text();
    for (const payload of PAYLOADS) expect(body).toContain(payload);
  });

  test('makes no script, handler, link or image out of it', () => {
    const $ = cheerio.load(html);
    expect(findInlineCode(html)).toEqual([]);
    expect($('script').filter((_, el) => $(el).text().includes('alert')).length).toBe(0);
    expect($('.doc-body script, .doc-body img, .doc-body a').length).toBe(0);
    expect($('[href^="javascript:" i], [src="x"]').length).toBe(0);
  });
});

describe('imported text in the feed', () => {
  test('the full text (markdown-it, then sanitize-html) shows every payload as text and makes no markup out of it', () => {
    const rss = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(dist, 'rss.xml'), 'utf8')).rss;
    const item = rss.channel.item;
    expect(item.link).toBe(`https://www.cqspb.gov.cn${pagePath}`);
    const $ = cheerio.load(item['content:encoded']);
    for (const payload of PAYLOADS) expect($('body').text()).toContain(payload);
    expect($('script, img, a, [onerror]').length).toBe(0);
  });
});

describe('imported text in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveWithNginx(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the page displays the payloads as text and runs nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const watch = await watchPage(page, server.origin);
    await page.goto(server.origin + pagePath, { waitUntil: 'networkidle' });
    const body = page.locator('.doc-body');
    for (const payload of PAYLOADS) await expect.poll(() => body.innerText()).toContain(payload);
    expect(dialogs).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  });
});
