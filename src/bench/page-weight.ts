/** Bytes a reader downloads per page type: HTML + CSS (raw and gzip) and JavaScript. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  htmlCssBytes: number;
  htmlCssGzip: number;
  jsBytes: number;
  jsGzip: number;
}

/** Stylesheets and scripts a built page references from its own site. */
function assets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)].map((m) => m[1]);
  const js = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]);
  return { css, js };
}

export function pageWeight(distDir: string, page: string): PageWeight {
  const html = readFileSync(join(distDir, page, page.endsWith('.html') ? '' : 'index.html'));
  const { css, js } = assets(html.toString());
  const read = (p: string) => (existsSync(join(distDir, p)) ? readFileSync(join(distDir, p)) : Buffer.alloc(0));
  const cssBufs = css.map(read);
  const jsBufs = js.map(read);
  const sum = (bufs: Buffer[], f: (b: Buffer) => number) => bufs.reduce((n, b) => n + f(b), 0);
  const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
  return {
    page,
    htmlCssBytes: html.length + sum(cssBufs, (b) => b.length),
    htmlCssGzip: gz(html) + sum(cssBufs, gz),
    jsBytes: sum(jsBufs, (b) => b.length),
    jsGzip: sum(jsBufs, gz),
  };
}

/** File count and total bytes of a built site. */
export function outputSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else { files++; bytes += s.size; }
    }
  };
  walk(dir);
  return { files, bytes };
}
