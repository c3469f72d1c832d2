/**
 * The built targets pages and open data in dist/ (built by `npm test`; set
 * SPB_DIST to check another build): every chart is an image with a title and
 * description, sits beside a data table with as many rows as the chart has
 * rows, links to its sources and its CSV; the open data files agree.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { DIST as DEFAULT_DIST } from '../site/helpers.ts';
import { parseCsv } from '../../src/lib/targets/open-data.ts';

const DIST = process.env.SPB_DIST ?? DEFAULT_DIST;
const html = (path: string) => cheerio.load(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const file = (path: string) => readFileSync(join(DIST, path), 'utf8');
const targetPages = () => [
  'targets',
  ...readdirSync(join(DIST, 'targets'))
    .filter((d) => existsSync(join(DIST, 'targets', d, 'index.html')))
    .map((d) => `targets/${d}`),
];

describe('the built targets pages', () => {
  test('exist: the dashboard, every year, every indicator and the 2022 tasks', () => {
    const json = JSON.parse(file('data/indicators.json'));
    const pages = targetPages();
    for (const i of json.indicators) expect(pages).toContain(`targets/${i.id}`);
    for (const p of [
      'targets/2020',
      'targets/2021',
      'targets/2022',
      'targets/2024',
      'targets/2025',
      'targets/tasks-2022',
    ])
      expect(pages).toContain(p);
  });

  test('every chart is an image with a title and a description, next to its data table, CSV link and citation', () => {
    for (const path of [...targetPages(), 'reports/supervision-report-2022', 'reports/work-report-2022']) {
      const $ = html(path);
      $('figure.chart').each((_, figure) => {
        const f = $(figure);
        const svg = f.find('svg');
        const [titleId, descId] = svg.attr('aria-labelledby')!.split(' ');
        expect(svg.attr('role'), path).toBe('img');
        expect($(`#${titleId}`).text().length, path).toBeGreaterThan(4);
        expect($(`#${descId}`).text().length, path).toBeGreaterThan(10);
        const rows = f.find('.bullet-row, .series-year, .category-row, .progress-row').length;
        expect(f.find('table tbody tr').length, `${path} ${f.attr('id')}`).toBe(rows);
        expect(f.find('a[download]').attr('href')).toMatch(/^\/data\/(indicators|tasks)\.csv$/);
        expect(f.find('.chart__cite').text()).toContain('引用');
      });
    }
  });

  test('source links point to paragraphs and table headings that exist on the report pages', () => {
    const $ = html('targets/2022');
    const links = $('figure.chart table a[href^="/reports/"]')
      .map((_, a) => $(a).attr('href')!)
      .get();
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) {
      const [path, anchor] = href.split('#');
      expect(
        html(path.replace(/^\//, ''))
          .root()
          .find(`[id="${decodeURIComponent(anchor)}"]`).length,
        href,
      ).toBe(1);
    }
  });

  test('the year table shows each indicator once, and the 2022 page quotes the 7-stated, 6-named gap', () => {
    const $ = html('targets/2022');
    const names = $('#year-2022 tbody th')
      .map((_, th) => $(th).text())
      .get();
    expect(new Set(names).size).toBe(names.length);
    expect($('.verdict-note').text()).toContain('原文称7项，但只列出6项');
    expect($('.verdict-note').text()).toContain('固定资产投资增速');
  });
});

describe('the built open data', () => {
  test('indicators.csv starts with a BOM and has the same records as indicators.json', () => {
    const csv = file('data/indicators.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const json = JSON.parse(file('data/indicators.json'));
    const fromJson = json.indicators.flatMap((i: { observations: Record<string, unknown>[] }) => i.observations);
    const fromCsv = parseCsv(csv);
    expect(fromCsv).toHaveLength(json.count);
    fromCsv.forEach((row, k) => {
      expect(row.text).toBe(fromJson[k].text);
      expect(row.value).toBe(fromJson[k].value === null ? '' : String(fromJson[k].value));
      expect(row.status).toBe(fromJson[k].status ?? '');
    });
  });

  test('tasks.csv has the 131 tasks with a BOM', () => {
    const csv = file('data/tasks.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(131);
    expect(rows.filter((r) => r.office_status === '推进较为滞后')).toHaveLength(9);
  });
});
