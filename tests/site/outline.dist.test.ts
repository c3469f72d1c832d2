/**
 * Structure a screen reader navigates by: headings never skip a level (the body's first
 * heading follows the page's h1), each page's search landmarks have distinct names, and a
 * table has no empty header cell (a header spanning two columns spans them).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, page } from './helpers.ts';

const detailPages = (section: string) =>
  readdirSync(join(DIST, section), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'by-year' && !d.name.startsWith('_'))
    .map((d) => `/${section}/${d.name}/`)
    .filter((p) => {
      try {
        page(p);
        return true;
      } catch {
        return false;
      }
    });

const bodyPages = [...detailPages('documents'), ...detailPages('reports')];

describe.each(bodyPages)('%s', (path) => {
  const $ = page(path);

  test('headings in main never skip a level', () => {
    const levels = $('main h1, main h2, main h3, main h4, main h5, main h6')
      .toArray()
      .map((h) => Number(h.tagName[1]));
    const skips = levels
      .map((level, i) => (i > 0 && level > levels[i - 1] + 1 ? `h${levels[i - 1]} → h${level}` : null))
      .filter(Boolean);
    expect(skips).toEqual([]);
  });

  test('no table header cell is empty', () => {
    const empty = $('main th')
      .toArray()
      .filter((th) => $(th).text().trim() === '');
    expect(empty.length).toBe(0);
  });
});

test.each(['/', '/search/', '/documents/'])('search landmarks on %s all have distinct names', (path) => {
  const $ = page(path);
  const names = $('[role="search"], search')
    .toArray()
    .map((el) => $(el).attr('aria-label') ?? $(el).attr('aria-labelledby') ?? '');
  expect(names.length).toBeGreaterThan(0);
  expect(names.filter((n) => n === '')).toEqual([]);
  expect(new Set(names).size).toBe(names.length);
});
