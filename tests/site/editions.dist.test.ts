/**
 * One text imported in two styles with --edition, built into a site: the report's page
 * says it has two editions, its versions page lists both and marks exactly the planted
 * changes, each linking to its paragraph in the canonical text; the glossary shows the
 * changed definition per edition; /data/documents.json lists the editions.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { DIST, ROOT } from './helpers.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { buildEditionsSite, type EditionsSite } from './editions-site.ts';

let site: EditionsSite;
beforeAll(() => {
  site = buildEditionsSite();
});
afterAll(() => rmSync(site.tmp, { recursive: true, force: true }));

const load = (path: string) => cheerio.load(readFileSync(join(site.dist, path, 'index.html'), 'utf8'));

describe('a report with two editions', () => {
  test('passes the checker and the build', () => {
    expect(checkContent(site.content, ROOT).errors).toEqual([]);
    expect(site.output).toContain('[content-rules] 没有错误');
    expect(site.status).toBe(0);
  });

  test('its page shows 版本 in the metadata block, linking to the versions page', () => {
    const $ = load('reports/work-report-2022');
    const dt = $('.doc-meta dt').filter((_i, el) => $(el).text() === '版本');
    expect(dt).toHaveLength(1);
    const link = dt.next('dd').find('a');
    expect(link.attr('href')).toBe('/reports/work-report-2022/versions/');
    expect(link.text()).toContain('2 个版本');
  });

  test('the versions page lists both editions and marks exactly the planted changes', () => {
    const $ = load('reports/work-report-2022/versions');
    expect(
      $('.editions-table tbody th')
        .map((_i, el) => $(el).text())
        .get(),
    ).toEqual(['网上公开版正式版本', '网上公开版（2）']);
    expect($('.editions-table tbody td').text()).toContain('report-restyled.txt');
    const changes = $('.edition-changes li');
    expect(changes).toHaveLength(3);
    const marked = (sel: string) =>
      $(sel)
        .map((_i, el) => $(el).clone().children('.visually-hidden, .change-mark').remove().end().text())
        .get();
    expect(marked('.edition-changes ins')).toEqual(['并提出修改意见', '建强']);
    expect(marked('.edition-changes del')).toEqual(['大力', '建好']);
    expect($('.edition-changes ins .visually-hidden').first().text()).toBe('增加：');
    expect($('.edition-changes del .visually-hidden').first().text()).toBe('删去：');
  });

  test('each changed paragraph links to its anchor in the canonical text, which holds the canonical wording', () => {
    const $ = load('reports/work-report-2022/versions');
    const report = load('reports/work-report-2022');
    const links = $('.edition-place a')
      .map((_i, el) => $(el).attr('href'))
      .get();
    expect(links).toHaveLength(3);
    const texts = links.map((href) => report(`#${href.split('#')[1]}`).text());
    expect(texts[0]).toContain('请予审议，');
    expect(texts[1]).toContain('大力实施创新驱动发展战略');
    expect(texts[2]).toContain('建好环大学创新生态圈');
  });

  test('the glossary term page shows the other edition’s wording of a changed definition', () => {
    const $ = load('glossary/fang-guan-fu');
    const edition = $('.glossary-edition');
    expect(edition).toHaveLength(1);
    expect(edition.text()).toContain('网上公开版（2）的措辞');
    expect(edition.find('ins').text()).toContain('改革');
    expect(load('glossary/ba-xiang-xing-dong-ji-hua')('.glossary-edition')).toHaveLength(0);
  });

  test('/data/documents.json lists the editions', () => {
    const json = JSON.parse(readFileSync(join(site.dist, 'data/documents.json'), 'utf8'));
    const report = json.documents.find((d: { id: string }) => d.id === 'work-report-2022');
    expect(report.editions.map((e: { id: string; canonical: boolean }) => [e.id, e.canonical])).toEqual([
      ['online', true],
      ['online-2', false],
    ]);
    expect(report.versionsUrl).toMatch(/\/reports\/work-report-2022\/versions\/$/);
    expect(json.fields.map((f: { key: string }) => f.key)).toContain('editions');
  });
});

describe('a numbered document with two editions', () => {
  test('its page shows 版本 and its versions page marks the one changed word, linked to its paragraph', () => {
    const doc = load('documents/sfzf-2022-008');
    const dd = doc('.doc-meta dt')
      .filter((_i, el) => doc(el).text() === '版本')
      .next('dd');
    expect(dd.find('a').attr('href')).toBe('/documents/sfzf-2022-008/versions/');
    const $ = load('documents/sfzf-2022-008/versions');
    expect($('.edition-changes li')).toHaveLength(1);
    expect($('.edition-changes del').text()).toBe('删去：［－切实］');
    expect($('.edition-changes ins').text()).toBe('增加：［＋有效］');
    const href = $('.edition-place a').attr('href')!;
    expect(href).toMatch(/^\/documents\/sfzf-2022-008\/#p-\d+$/);
    expect(doc(`#${href.split('#')[1]}`).text()).toContain('切实保障人民');
  });
});

test('the pages editions add or change are valid HTML (the project’s html-validate configuration)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  for (const path of [
    'reports/work-report-2022/versions',
    'reports/work-report-2022',
    'glossary/fang-guan-fu',
    'documents/sfzf-2022-008/versions',
    'documents/sfzf-2022-008',
  ]) {
    const html = readFileSync(join(site.dist, path, 'index.html'), 'utf8');
    // A file name inside dist/, so that the project's configuration is the one found.
    const report = await validator.validateString(html, join(DIST, path, 'index.html'));
    expect(formatterFactory('text')(report.results)).toBe('');
  }
});
