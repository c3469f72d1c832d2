/**
 * The HTML review page of an import: every document with its metadata, repairs beside their
 * source lines, warnings with their line, wording differences for a document already on the
 * site; self-contained (no script, no external resource) and every text escaped.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { originalReport, PLANTED, restyledReport } from '../../src/bench/edition-pairs.ts';
import { reviewPage, refusalPage } from '../../src/importer/review/page.ts';
import { sourceExcerpt, marked } from '../../src/importer/review/html.ts';
import { documentSection } from '../../src/importer/review/document.ts';
import { parseImportArgs } from '../../src/importer/cli-args.ts';
import { SEED, importInto, tempContentDir } from './helpers/seeds.ts';

const tmp = mkdtempSync(join(tmpdir(), 'spb-review-'));
const write = (name: string, text: string) => {
  writeFileSync(join(tmp, name), text);
  return join(tmp, name);
};

describe('review page of a dry run over a document already on the site', () => {
  const dir = tempContentDir();
  importInto(dir, [write('word.txt', originalReport())]);
  const changed = write('changed.txt', restyledReport(PLANTED));
  const result = importInto(dir, [changed], { dryRun: true, edition: true });
  const html = reviewPage(result, true);
  const $ = cheerio.load(html);

  test('is self-contained: inline style, no script, no external resource', () => {
    expect($('script')).toHaveLength(0);
    expect($('link, img, iframe')).toHaveLength(0);
    expect($('style').text()).toContain('ins{');
    expect(html).not.toMatch(/\bsrc=|href="http/);
  });

  test('names the document with its metadata', () => {
    expect($('h3').first().text()).toBe('reports/work-report-2022.mdx：重庆市沙坪坝区人民政府工作报告');
    const rows = $('caption:contains("元数据")').closest('table').find('tbody tr');
    const fields = rows.map((_i, el) => $(el).find('td').first().text()).get();
    expect(fields).toEqual(expect.arrayContaining(['title', 'kind', 'year', 'deliveredDate', 'speaker']));
  });

  test('shows exactly the planted wording differences, marked', () => {
    expect($('.summary').text()).toContain('将新建 1 个');
    expect($('caption:contains("措辞不同的段落")').text()).toBe('措辞不同的段落（3 段）');
    expect($('ins .vh').first().text()).toBe('增加：');
    expect(
      $('del')
        .map((_i, el) => $(el).text())
        .get(),
    ).toEqual(['删去：［－大力］', '删去：［－建好］']);
  });
});

describe('review page of a gazette export', () => {
  const result = importInto(tempContentDir(), [SEED.s000], { dryRun: true });
  const $ = cheerio.load(reviewPage(result, true));
  test('lists every document found and each repair beside its source line', () => {
    expect($('h3')).toHaveLength(result.exports[0].entries.filter((e) => e.collection !== 'glossary').length);
    const notes = result.exports[0].entries.flatMap((e) => (e.data.importNotes as unknown[] | undefined) ?? []);
    expect(notes.length).toBeGreaterThan(0);
    expect($('pre.source mark').length).toBeGreaterThanOrEqual(
      notes.filter((n) => (n as { line: number | null }).line).length,
    );
    expect($('p').text()).toContain('新文件（站内还没有）');
  });
});

describe('escaping', () => {
  test('source lines, marked text and refusals cannot carry markup', () => {
    const excerpt = sourceExcerpt(['第一行', '<script>alert("x")</script>', '第三行'], 2);
    expect(excerpt).toContain('<mark><b>2</b> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</mark>');
    expect(marked([{ kind: 'ins', text: '<b>&' }])).toContain('&lt;b&gt;&amp;');
    const page = refusalPage(['<x>.txt'], '导入被拒绝：<img src=x onerror=alert(1)>');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('a document whose text holds markup is shown as text', () => {
    const text = originalReport().replace('各位代表：', '各位代表：<script>alert(1)</script>');
    const result = importInto(tempContentDir(), [write('markup.txt', text)], { dryRun: true });
    const html = reviewPage(result, true);
    expect(html).not.toMatch(/<script/i);
  });
});

test('the import command reads --edition, --canonical and --review', () => {
  expect(parseImportArgs(['a.txt', '--edition', '--canonical', 'gazette', '--review', 'r.html'])).toEqual({
    options: { files: ['a.txt'], contentDir: 'content', edition: true, canonical: 'gazette', review: 'r.html' },
  });
  expect(parseImportArgs(['a.txt', '--canonical=gazette'])).toEqual({
    error: '选项 --canonical 只能与 --edition 一起使用',
  });
  expect(parseImportArgs(['a.txt', '--edition', '--canonical', 'Gazette'])).toEqual({
    error: '选项 --canonical 的值“Gazette”不是版本标识：应为小写字母、数字和连字符，如 gazette、online',
  });
  expect(parseImportArgs(['a.txt', '--review'])).toEqual({
    error: '选项 --review 后面缺少审阅页文件名（如 review.html）',
  });
});

test('a warning is listed with its line and the source text, apart from the repairs', () => {
  const html = documentSection({
    entry: {
      collection: 'notices',
      slug: 'x',
      key: 'x',
      body: '正文。\n',
      data: {
        title: '关于某事的通知',
        importNotes: [
          { line: 2, kind: 'flag', note: '未能识别的行：“＜附表略＞”' },
          { line: 1, kind: 'join', note: '合并了被换行断开的段落' },
        ],
      },
    },
    path: 'notices/x.mdx',
    sourceLines: ['第一行', '＜附表略＞', '第三行'],
    before: null,
  });
  const $ = cheerio.load(html);
  const warnings = $('caption:contains("警告")').closest('table');
  expect(warnings.find('tbody tr')).toHaveLength(1);
  expect(warnings.find('mark').text()).toBe('2 ＜附表略＞');
  expect(warnings.text()).toContain('未能识别的行');
  const repairs = $('caption:contains("修复记录")').closest('table');
  expect(repairs.find('tbody tr')).toHaveLength(1);
  expect(repairs.find('mark').text()).toBe('1 第一行');
});
