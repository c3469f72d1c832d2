/** No inline script, handler or style anywhere in the build: the CSP in deploy/nginx.conf forbids them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, ROOT } from '../site/helpers.ts';
import { builtHtmlFiles } from './built-pages.ts';
import { findInlineCode } from './inline-code.ts';

describe('finding inline code', () => {
  test('finds inline scripts, handlers and styles and lets external scripts and JSON data through', () => {
    const found =
      findInlineCode(`<!doctype html><html><head><script src="/a.js"></script><script type="application/ld+json">{}</script>
      <script>alert(1)</script><style>p{}</style></head><body><img src="/x.png" alt="" onerror="go()"><p style="color:red">x</p></body></html>`);
    expect(found).toEqual([
      'inline <script>: alert(1)',
      'inline <style>: p{}',
      '<img onerror="go()">',
      '<p style="color:red">',
    ]);
  });

  test('lets JSON-LD through only while it is JSON', () => {
    expect(findInlineCode('<script type="application/ld+json">{"@type":"Thing"}</script>')).toEqual([]);
    expect(findInlineCode('<script type="application/ld+json">alert(1)</script>')).toEqual([
      '<script type="application/ld+json"> that is not JSON: alert(1)',
    ]);
  });
});

describe('the built site has no inline code', () => {
  const files = builtHtmlFiles();
  test('there are built pages to read', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    test(`${relative(ROOT, file)} has no inline script, handler or style`, () => {
      expect(findInlineCode(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }

  test('no SVG file carries scripts or handlers', () => {
    const svgs = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs)
      expect(findInlineCode(readFileSync(join(DIST, svg), 'utf8'), { xml: true }), svg).toEqual([]);
  });
});
