import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import type { GlossaryTerm } from '../../src/lib/glossary/terms.ts';
import { TERM_TIP_SCRIPT } from '../../src/lib/render/glossary-links.ts';
import { renderMdxBody, type BodyContext } from '../../src/lib/render/mdx-html.ts';
import { TERMS } from './fixtures.ts';

const contextOf = (terms: GlossaryTerm[], own: Partial<BodyContext> = {}): BodyContext => ({
  matcher: createMatcher(terms),
  byId: new Map(terms.map((t) => [t.id, t])),
  ...own,
});
const render = (md: string, own: Partial<BodyContext> = {}) => renderMdxBody(md, contextOf(TERMS, own)).html;
const plainRender = (md: string) => renderMdxBody(md, contextOf([])).html;
const links = (html: string) => {
  const $ = cheerio.load(html);
  return $('a.glossary-term')
    .map((_, a) => `${$(a).attr('href')} ${$(a).text()}`)
    .get();
};

describe('linking glossary terms in a body', () => {
  test('links the first use of a term and leaves the later uses in the same section as text', () => {
    const html = render('深化“放管服”改革。\n\n继续深化放管服。\n');
    expect(links(html)).toEqual(['/glossary/fang-guan-fu/ “放管服”']);
  });

  test('a heading opens a new section, where the term is linked again', () => {
    const html = render('深化放管服。\n\n### 二、营商环境\n\n放管服再深化。\n');
    expect(links(html)).toEqual(['/glossary/fang-guan-fu/ 放管服', '/glossary/fang-guan-fu/ 放管服']);
  });

  test('never links inside headings, links, table header cells, preformatted text or code', () => {
    const md = [
      '## 放管服改革',
      '',
      '见[放管服](https://example.org/)和`放管服`。',
      '',
      '| 放管服 | 说明 |',
      '| --- | --- |',
      '| 甲 | 乙 |',
      '',
      '```text',
      '放管服',
      '```',
      '',
    ].join('\n');
    expect(links(render(md))).toEqual([]);
  });

  test('links a term in a table body cell, but not in the header cell above it', () => {
    const html = render('| 放管服 | 事项 |\n| --- | --- |\n| 深化放管服 | 乙 |\n');
    const $ = cheerio.load(html);
    expect($('th a').length).toBe(0);
    expect($('td a.glossary-term').text()).toBe('放管服');
  });

  test('links the longest term, 无废城市细胞, and the shorter 无废城市 only where it stands alone', () => {
    expect(links(render('建成无废城市细胞，推进无废城市建设。\n'))).toEqual([
      '/glossary/wu-fei-cheng-shi-xi-bao/ 无废城市细胞',
      '/glossary/wu-fei-cheng-shi/ 无废城市',
    ]);
  });

  test('links variants with and without quotes to the same term, once per paragraph', () => {
    expect(links(render('打好四张牌，坚定打好“四张牌”。\n'))).toEqual(['/glossary/da-hao-si-zhang-pai/ 打好四张牌']);
  });

  test('never links one term twice in a paragraph, even across its inline formatting', () => {
    const html = render('**深化放管服**。推进“放管服”改革。\n');
    expect(links(html)).toEqual(['/glossary/fang-guan-fu/ 放管服']);
  });

  test('does not link a term inside its own definition', () => {
    const own = render('“无废城市”建设的基本单元，如无废城市细胞。\n', { ownTermId: 'wu-fei-cheng-shi-xi-bao' });
    expect(links(own)).toEqual(['/glossary/wu-fei-cheng-shi/ “无废城市”']);
  });

  test('keeps the paragraph anchors and the text of the paragraph unchanged', () => {
    const md = '深化放管服。\n\n## 标题\n\n推进无废城市。\n';
    const $ = cheerio.load(render(md));
    const plain = cheerio.load(plainRender(md));
    expect(
      $('p[id]')
        .map((_, p) => `${$(p).attr('id')}:${$(p).text()}`)
        .get(),
    ).toEqual(
      plain('p[id]')
        .map((_, p) => `${plain(p).attr('id')}:${plain(p).text()}`)
        .get(),
    );
  });

  test("describes each link by the term's short definition, held once in a hidden block", () => {
    const $ = cheerio.load(render('深化放管服。\n\n## 二\n\n放管服。\n'));
    const ids = $('a.glossary-term')
      .map((_, a) => $(a).attr('aria-describedby'))
      .get();
    expect(ids).toEqual(['gdef-fang-guan-fu', 'gdef-fang-guan-fu']);
    const block = $('.glossary-definitions');
    expect(block.attr('hidden')).toBeDefined();
    expect(block.children('span').length).toBe(1);
    expect($('#gdef-fang-guan-fu').text()).toBe('名词解释：简政放权、放管结合、优化服务的简称。');
    expect($(`script[type="module"][src="${TERM_TIP_SCRIPT}"]`).length).toBe(1);
  });

  test('adds nothing to a body that uses no term', () => {
    const html = render('本通知自印发之日起施行。\n');
    expect(html.trim()).toBe('<p id="p-1">本通知自印发之日起施行。</p>');
  });

  test('a short term is linked only where the text quotes it', () => {
    expect(links(render('围绕“两重大一突出”，争取“两重”资金。\n'))).toEqual(['/glossary/liang-chong/ “两重”']);
  });

  test("in a report, the definition beside a link is the report's own, elsewhere the newest", () => {
    const fangGuanFu = {
      ...TERMS.find((t) => t.id === 'fang-guan-fu')!,
      definitions: [
        { reportId: 'work-report-2021', year: 2021, number: 1, heading: null, text: '旧释义。' },
        { reportId: 'work-report-2022', year: 2022, number: 2, heading: null, text: '新释义。' },
      ],
    };
    const described = (reportId?: string) =>
      cheerio
        .load(renderMdxBody('深化放管服。\n', contextOf([fangGuanFu], { reportId })).html)('#gdef-fang-guan-fu')
        .text();
    expect(described('work-report-2021')).toBe('名词解释：旧释义。');
    expect(described(undefined)).toBe('名词解释：新释义。');
  });
});
