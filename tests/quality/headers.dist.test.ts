/**
 * deploy/nginx.conf, served for real by Debian's nginx on a loopback port: security
 * headers on every page and error, caching by kind of file, gzip, redirects, the 404 page,
 * the search page's box filled in from ?q=.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST } from '../site/helpers.ts';
import { builtHtmlPages } from './built-pages.ts';
import { header, httpGet, parseCsp, type RawResponse } from '../../src/harness/http-get.ts';
import { serveWithNginx, type RunningServer } from '../../src/harness/nginx.ts';

let server: RunningServer;
beforeAll(async () => void (server = await serveWithNginx()));
afterAll(async () => server?.stop());
const get = (path: string, headers?: Record<string, string>) => httpGet(server.origin + path, headers);

const YEAR = 'public, max-age=31536000, immutable';

function maxAge(response: RawResponse): number {
  const m = /max-age=(\d+)/.exec(header(response, 'cache-control'));
  return m ? Number(m[1]) : NaN;
}

function expectSecurityHeaders(response: RawResponse): void {
  const csp = parseCsp(header(response, 'content-security-policy'));
  const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
  expect(scripts).toContain("'self'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts.some((s) => s === '*' || s.endsWith(':'))).toBe(false);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(header(response, 'x-content-type-options')).toBe('nosniff');
  expect(header(response, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(header(response, 'permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(header(response, 'server')).toBe('nginx');
}

describe('nginx serving dist/ with deploy/nginx.conf', () => {
  test('every built page is served with the security headers and short caching', async () => {
    const pages = builtHtmlPages().filter((p) => p !== '/404.html');
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(header(response, 'content-type'), path).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(response);
      expect(maxAge(response), path).toBeLessThanOrEqual(600);
    }
  });

  test('hashed build assets are cached for a year as immutable', async () => {
    const assets = readdirSync(join(DIST, '_astro'));
    expect(assets.length).toBeGreaterThan(0);
    for (const name of assets) {
      const response = await get(`/_astro/${name}`);
      expect(response.status, name).toBe(200);
      expect(header(response, 'cache-control'), name).toBe(YEAR);
      expectSecurityHeaders(response);
    }
  });

  test('the built search index: shard folders immutable for a year, the catalogue and entry files revalidated within minutes', async () => {
    const files = readdirSync(join(DIST, 'pagefind'), { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('\\').join('/'))
      .filter((f) => statSync(join(DIST, 'pagefind', f)).isFile());
    // Pagefind's code, word chunks and metadata, and our own document parts, in shard folders (docs/search.md).
    for (const kind of [
      /^s\/[0-9a-f]+\/index\//,
      /^s\/[0-9a-f]+\/pagefind\.[^/]+\.pf_meta$/,
      /^s\/[0-9a-f]+\/docs\//,
      /^catalogue\.json$/,
    ]) {
      expect(
        files.some((f) => kind.test(f)),
        String(kind),
      ).toBe(true);
    }
    for (const file of files) {
      const response = await get(`/pagefind/${file}`);
      expect(response.status, file).toBe(200);
      if (/^s\/[0-9a-f]+\//.test(file) && !file.endsWith('/pagefind-entry.json'))
        expect(header(response, 'cache-control'), file).toBe(YEAR);
      else expect(maxAge(response), file).toBeLessThanOrEqual(600);
    }
  });

  test('a missing page answers 404 with the Chinese 404 page, the security headers and no long caching', async () => {
    for (const path of ['/no-such-page/', '/_astro/no-such-file.js', '/documents/no-such-document/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8')).toContain('页面不存在');
      expectSecurityHeaders(response);
      expect(header(response, 'cache-control')).not.toContain('immutable');
    }
  });

  test('text is gzipped for clients that accept it, with Vary: Accept-Encoding', async () => {
    const css = readdirSync(join(DIST, '_astro')).find((n) => n.endsWith('.css'))!;
    for (const path of ['/', `/_astro/${css}`, '/rss.xml', '/data/documents.json']) {
      const plain = await get(path);
      const zipped = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(header(zipped, 'content-encoding'), path).toBe('gzip');
      expect(header(zipped, 'vary'), path).toContain('Accept-Encoding');
      expect(gunzipSync(zipped.body).equals(plain.body), path).toBe(true);
      expect(header(plain, 'content-encoding'), path).toBe('');
    }
  });

  test('the search page with ?q= (its box filled in by nginx): the same headers, gzip and revalidation, one attribute more', async () => {
    const built = readFileSync(join(DIST, 'search', 'index.html'), 'utf8');
    const q = encodeURIComponent('白名单');
    for (const [path, value] of [
      [`/search/?q=${q}`, '白名单'],
      [`/search/index.html?q=${q}&sort=date-desc`, '白名单'],
      ['/search/', ''],
    ]) {
      const plain = await get(path);
      expect(plain.status, path).toBe(200);
      expectSecurityHeaders(plain);
      expect(header(plain, 'content-type'), path).toBe('text/html; charset=utf-8');
      expect(header(plain, 'cache-control'), path).toBe('public, max-age=300');
      expect(plain.body.toString('utf8'), path).toBe(built.replace('id="search-q"', `id="search-q" value="${value}"`));
      const zipped = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(header(zipped, 'content-encoding'), path).toBe('gzip');
      expect(gunzipSync(zipped.body).equals(plain.body), path).toBe(true);
      // The text depends only on the file and the address: Last-Modified stays, the ETag is weak.
      expect(header(plain, 'last-modified'), path).not.toBe('');
      expect(header(plain, 'etag'), path).toMatch(/^W\/"/);
      const again = await get(path, { 'If-None-Match': header(plain, 'etag') });
      expect(again.status, path).toBe(304);
    }
    // Other pages are not rewritten, whatever their query.
    const documents = await get(`/documents/?q=${q}`);
    expect(documents.body.toString('utf8')).toBe(readFileSync(join(DIST, 'documents', 'index.html'), 'utf8'));
    expect(header(documents, 'etag')).toMatch(/^"/);
  });

  test("a page address without its trailing slash redirects to it, keeping the reader's host", async () => {
    const page = builtHtmlPages().find((p) => /^\/documents\/[^/]+\/$/.test(p))!;
    const response = await get(page.slice(0, -1));
    expect(response.status).toBe(301);
    expect(header(response, 'location')).toBe(page);
  });

  test('dotfiles are never served', async () => {
    const response = await get('/.htaccess');
    expect(response.status).toBe(404);
  });
});

describe('caching of Pagefind search files', () => {
  // The index's layout (docs/search.md): a catalogue listing the shards, and shard folders named
  // by digest holding Pagefind's files and ours. A small copy of that layout proves the rules.
  const files = {
    'index.html': '<!doctype html><title>t</title>',
    'pagefind/catalogue.json': '{}',
    'pagefind/s/0123abcd/pagefind.js': 'export {}',
    'pagefind/s/0123abcd/pagefind-entry.json': '{}',
    'pagefind/s/0123abcd/wasm.unknown.pagefind': 'x',
    'pagefind/s/0123abcd/pagefind.und_4c1a9e.pf_meta': 'x',
    'pagefind/s/0123abcd/index/und_9f8e7d6.pf_index': 'x',
    'pagefind/s/0123abcd/docs/und_9f8e7d6-0.json.gz': 'x',
  };
  let root: string;
  let pagefindServer: RunningServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'spb-pagefind-'));
    chmodSync(root, 0o755); // readable by nginx's unprivileged workers
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true, mode: 0o755 });
      writeFileSync(join(root, path), text, { mode: 0o644 });
    }
    pagefindServer = await serveWithNginx(root);
  });
  afterAll(async () => {
    await pagefindServer?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test("a shard folder's files are immutable for a year; the catalogue and the shards' entry files are revalidated within minutes", async () => {
    for (const path of Object.keys(files).filter((p) => p.startsWith('pagefind/'))) {
      const response = await httpGet(`${pagefindServer.origin}/${path}`);
      expect(response.status, path).toBe(200);
      const immutable = /^pagefind\/s\/[0-9a-f]+\//.test(path) && !path.endsWith('/pagefind-entry.json');
      if (immutable) expect(header(response, 'cache-control'), path).toBe(YEAR);
      else expect(maxAge(response), path).toBeLessThanOrEqual(600);
    }
  });
});
