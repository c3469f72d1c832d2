/** The open-data catalogue: /data/ for people, /data/catalog.json and JSON-LD for programs, and the files they describe. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/lib/targets/open-data.ts';
import { DIST, distText, entries, page } from './helpers.ts';

const SITE = 'https://www.cqspb.gov.cn';
const catalog = JSON.parse(distText('data/catalog.json'));
const local = (url: string) => join(DIST, new URL(url).pathname);

describe('machine-readable catalogue', () => {
  test('catalog.json is a schema.org DataCatalog of the four datasets, identical to the JSON-LD of /data/', () => {
    expect(catalog['@context']).toBe('https://schema.org');
    expect(catalog['@type']).toBe('DataCatalog');
    expect(catalog.dataset.map((d: any) => d['@type'])).toEqual(['Dataset', 'Dataset', 'Dataset', 'Dataset']);
    const [ld] = page('/data/')('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse(page('/data/')(el).text()))
      .get()
      .filter((n: any) => n['@type'] === 'DataCatalog');
    expect(ld).toEqual(catalog);
  });

  test('every distribution exists, with its real size and media type; every dataset has JSON and CSV, a licence and a date', () => {
    for (const dataset of catalog.dataset) {
      expect(dataset.distribution.map((f: any) => f.encodingFormat).sort()).toEqual(['application/json', 'text/csv']);
      expect(dataset.license.name).toBe('政府信息公开');
      expect(dataset.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(dataset.citation).toContain(dataset.name);
      for (const file of dataset.distribution) {
        expect(existsSync(local(file.contentUrl)), file.contentUrl).toBe(true);
        expect(file.contentSize).toBe(`${statSync(local(file.contentUrl)).size} B`);
      }
    }
  });

  test('each CSV starts with a BOM and its header is exactly the columns the catalogue describes', () => {
    for (const dataset of catalog.dataset) {
      const csvUrl = dataset.distribution.find((f: any) => f.encodingFormat === 'text/csv').contentUrl;
      const text = readFileSync(local(csvUrl), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const header = text.slice(1).split('\r\n')[0].split(',');
      expect(header).toEqual(dataset.variableMeasured.map((v: any) => v.name));
      for (const v of dataset.variableMeasured) expect(v.description.length).toBeGreaterThan(1);
    }
  });

  test('the documents and glossary CSV files hold one row per document and per definition', () => {
    const docs = parseCsv(distText('data/documents.csv'));
    expect(docs).toHaveLength(entries('notices').length + entries('reports').length);
    for (const n of entries('notices')) {
      const row = docs.find((r) => r.url === `${SITE}/documents/${n.id}/`)!;
      expect(row.title).toBe(n.data.title);
      expect(row.publishedDate).toBe(n.data.publishedDate ?? '');
    }
    const definitions = entries('glossary').reduce((sum, t) => sum + t.data.definitions.length, 0);
    expect(parseCsv(distText('data/glossary.csv'))).toHaveLength(definitions);
    expect(JSON.parse(distText('data/tasks.json')).count).toBe(parseCsv(distText('data/tasks.csv')).length);
  });
});

describe('the /data/ page', () => {
  const $ = page('/data/');
  test('describes each dataset: files with format and size, update date, columns with meaning, citation', () => {
    for (const dataset of catalog.dataset) {
      const id = new URL(dataset.url).hash.slice(1);
      const section = $(`section[aria-labelledby="${id}"]`);
      expect(section.find(`h2#${id}`).text()).toBe(dataset.name);
      for (const file of dataset.distribution) {
        const path = new URL(file.contentUrl).pathname;
        expect(section.find(`a[href="${path}"]`).text()).toMatch(/（(JSON|CSV)）$/);
      }
      expect(section.find('time').attr('datetime')).toBe(dataset.dateModified);
      expect(section.find('tbody tr').length).toBe(dataset.variableMeasured.length);
      expect(section.text()).toContain('［下载日期］');
    }
    expect($('#licence').length).toBe(1);
    expect($('main a[href="/data/catalog.json"]').length).toBe(1);
  });

  test('every page links the catalogue and the feeds from its footer; chart downloads link their dataset', () => {
    for (const path of ['/', '/documents/', '/data/']) {
      expect(page(path)('footer a[href="/data/"]').length, path).toBe(1);
      expect(page(path)('footer a[href="/feeds/"]').length, path).toBe(1);
    }
    const targets = page('/targets/');
    const links = targets('.chart__links a[href^="/data/#"]')
      .map((_, a) => targets(a).attr('href'))
      .get();
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect($(href.slice('/data/'.length)).length, href).toBe(1);
  });
});
