import * as cheerio from 'cheerio';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { mdxToHast } from 'satteri';
import { renderMdxBody } from '../../src/lib/render/mdx-html.ts';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import type { TreeNode } from '../../src/lib/hast/tree.ts';
import { findUsages } from '../../src/lib/glossary/usages.ts';
import { excerptAround } from '../../src/lib/glossary/excerpt.ts';
import { TERMS } from './fixtures.ts';

const matcher = createMatcher(TERMS);
const usages = (mdx: string) =>
  findUsages(mdxToHast(mdx, { features: { smartPunctuation: false } }) as TreeNode, matcher);

describe('where a body uses its terms', () => {
  const body = [
    '前言段落。',
    '',
    '## 放管服改革',
    '',
    '深化“放管服”改革，放管服再深化。',
    '',
    '| 事项 | 内容 |',
    '| --- | --- |',
    '| 一 | 建成无废城市细胞 |',
    '',
    '推进无废城市建设，网址{"https://example.org/"}。',
    '',
    '## 放管服改革',
    '',
  ].join('\n');

  test('gives each use the paragraph anchor that the rendered page gives the same paragraph', () => {
    const found = usages(body).filter((u) => u.blockKind === '段落');
    expect(found.map((u) => [u.termId, u.anchor, u.count])).toEqual([
      ['fang-guan-fu', 'p-2', 2],
      ['wu-fei-cheng-shi', 'p-3', 1],
    ]);
    const $ = cheerio.load(renderMdxBody(body, { matcher: createMatcher([]), byId: new Map() }).html);
    expect($('#p-2').text()).toContain('放管服');
    expect($('#p-3').text()).toContain('无废城市');
  });

  test('gives a use in a heading the id Astro gives that heading, repeated headings numbered', () => {
    const headings = usages(body).filter((u) => u.blockKind === '标题');
    const slugger = new GithubSlugger();
    expect(headings.map((u) => u.anchor)).toEqual([slugger.slug('放管服改革'), slugger.slug('放管服改革')]);
    expect(headings[1].anchor).toBe('放管服改革-1');
  });

  test('points a use in a table to the nearest anchor before it, and says so', () => {
    const [table] = usages(body).filter((u) => u.blockKind === '表格');
    expect(table).toMatchObject({ termId: 'wu-fei-cheng-shi-xi-bao', anchor: 'p-2', anchorIsOwn: false });
    expect(table.excerpt.before).toBe('建成'); // the excerpt stays inside its cell
  });

  test('counts the longest term only: 无废城市细胞 is not also a use of 无废城市', () => {
    expect(usages('建成无废城市细胞。\n').map((u) => u.termId)).toEqual(['wu-fei-cheng-shi-xi-bao']);
  });
});

describe('excerpts', () => {
  test('keeps a few characters each side of the use and marks the cuts', () => {
    const text = `${'甲'.repeat(30)}放管服${'乙'.repeat(30)}`;
    expect(excerptAround(text, 30, 33, 5)).toEqual({ before: '…甲甲甲甲甲', match: '放管服', after: '乙乙乙乙乙…' });
  });

  test('keeps short text whole and collapses line breaks', () => {
    expect(excerptAround('深化\n放管服改革', 3, 6)).toEqual({ before: '深化 ', match: '放管服', after: '改革' });
  });
});
