/**
 * The folders keep the promises the README makes of them: src/lib is logic that
 * neither reads the disk nor knows Astro's collections (so it is tested without
 * either), astro:content is read in src/data only, and browser code in src/client
 * imports nothing from Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Every source file under `dir`, relative to the project root. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|js|mjs|astro)$/.test(f))
    .map((f) => relative(ROOT, join(ROOT, dir, f)));
}

/** The files among `files` that import a module whose name matches `module`. */
function importing(files: string[], module: RegExp): string[] {
  const specifier = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;
  return files.filter((f) =>
    [...readFileSync(join(ROOT, f), 'utf8').matchAll(specifier)].some((m) => module.test(m[1])),
  );
}

test('src/lib reads no file (content is read by src/content-files, the search index built by src/search-index)', () => {
  expect(importing(sources('src/lib'), /^(node:)?fs(\/promises)?$/)).toEqual([]);
});

test('astro:content is imported in src/data only (and by the collection config that defines it)', () => {
  const files = sources('src').filter((f) => !f.startsWith('src/data/') && f !== 'src/content.config.ts');
  // The benchmark writes a bare Astro project's files as text; it does not import astro:content itself.
  expect(importing(files, /^astro:content$/).filter((f) => f !== 'src/bench/baseline.ts')).toEqual([]);
});

test('browser code imports nothing from Node', () => {
  expect(importing(sources('src/client'), /^node:/)).toEqual([]);
});

test('the import check sees an import of the disk and of astro:content', () => {
  expect(importing(['src/content-files/load.ts'], /^(node:)?fs(\/promises)?$/)).toEqual(['src/content-files/load.ts']);
  expect(importing(['src/data/catalogue.ts'], /^astro:content$/)).toEqual(['src/data/catalogue.ts']);
});
