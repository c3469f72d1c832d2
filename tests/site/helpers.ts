/** Helpers for tests over the built site in dist/ and the entries in content/. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { parse as parseYaml } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const CONTENT = join(ROOT, 'content');

/** Loads a built page by its site path (/documents/x/ → dist/documents/x/index.html). */
export function page(path: string): cheerio.CheerioAPI {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  if (!existsSync(file)) throw new Error(`built page missing: ${path} (${file})`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Raw text of a built file. */
export function distText(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

export interface RawEntry {
  id: string;
  data: Record<string, any>;
  body: string;
}

/** Every entry of a collection as written in content/ (frontmatter parsed, body raw). */
export function entries(collection: string): RawEntry[] {
  const dir = join(CONTENT, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`no frontmatter in ${collection}/${f}`);
      return { id: f.replace(/\.mdx$/, ''), data: parseYaml(m[1]) ?? {}, body: m[2] };
    });
}

/** Text of the <dd> that follows the <dt> with the given label in a page's metadata block. */
export function metaValue($: cheerio.CheerioAPI, label: string): string | undefined {
  const dt = $('.doc-meta dt')
    .filter((_, el) => $(el).text().trim() === label)
    .first();
  return dt.length ? dt.next('dd').text().trim() : undefined;
}

/** 2025-03-05 → 2025年3月5日, written independently of the site's own formatter. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
