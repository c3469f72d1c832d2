import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { CELL_TERM_MAX_LENGTH, splitCellText } from '../../src/lib/render/cell-terms.ts';
import { renderMdxBody } from '../../src/lib/render/mdx-html.ts';

const plain = { matcher: createMatcher([]), byId: new Map() };
const render = (mdx: string) => renderMdxBody(mdx, plain).html;
const terms = (text: string) =>
  splitCellText(text)
    .filter((p) => p.term)
    .map((p) => p.text);

describe('the short terms of a cell', () => {
  test('a cell that is one short term is kept whole', () => {
    expect(terms('牵头单位')).toEqual(['牵头单位']);
    expect(terms('区农业农村委')).toEqual(['区农业农村委']);
    expect(terms('0.3‰以内')).toEqual(['0.3‰以内']);
  });

  test('a list of units is cut at its pause marks, each unit kept whole', () => {
    expect(terms('区安委办、区防减救灾办')).toEqual(['区安委办', '区防减救灾办']);
    expect(terms('区发展改革委（区招商中心）')).toEqual(['区发展改革委', '区招商中心']);
  });

  test('numbers keep their digit groups and units: the ASCII comma is no break point', () => {
    expect(terms('2025 年目标')).toEqual(['2025', '年目标']);
    expect(splitCellText('10,000辆以上')).toEqual([{ text: '10,000辆以上', term: false }]);
  });

  test('a cell with a phrase over six characters is running text, left to wrap as a paragraph', () => {
    expect(splitCellText('开展交通突出违法行为集中整治，完成')).toEqual([
      { text: '开展交通突出违法行为集中整治，完成', term: false },
    ]);
    expect(terms('区级有关部门和单位')).toEqual([]);
  });

  test('running text keeps the terms of its run-in label head, before the first colon', () => {
    expect(splitCellText('进行中：仅有1-9月数据，全年结果未公布')).toEqual([
      { text: '进行中', term: true },
      { text: '：仅有1-9月数据，全年结果未公布', term: false },
    ]);
    expect(terms('达成（预计数）：预计全年增长7.5%，高于目标')).toEqual(['达成', '预计数']);
    expect(terms('开展交通突出违法行为集中整治：完成全年任务')).toEqual([]);
  });

  test('single characters are no terms', () => {
    expect(terms('甲、乙')).toEqual([]);
  });

  test('quotation marks are no break points: a chain of quoted terms stays one phrase', () => {
    expect(terms('“黑窝点”')).toEqual(['“黑窝点”']);
    expect(terms('“权限采集”“安全带报警”')).toEqual([]);
  });

  test('for any text, the parts join to the text and every term is two to six characters without a break point', () => {
    const piece = fc.constantFrom('区', '农业', '委', '、', '，', ' ', '（', '）', '“', '2025', '年', '%', 'a', '。');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const parts = splitCellText(text);
        expect(parts.map((p) => p.text).join('')).toBe(text);
        for (const part of parts.filter((p) => p.term)) {
          expect([...part.text].length).toBeGreaterThanOrEqual(2);
          expect([...part.text].length).toBeLessThanOrEqual(CELL_TERM_MAX_LENGTH);
          expect(part.text).not.toMatch(/[\s、，；：。！？（）()《》【】〔〕]/u);
        }
        // Two plain parts never follow each other: text between terms is one part.
        parts.forEach((p, i) => i > 0 && expect(p.term || parts[i - 1].term).toBe(true));
      }),
    );
  });
});

describe('terms in rendered tables', () => {
  test('terms in body table cells are wrapped to stay on one line, paragraphs are not', () => {
    const html = render(
      '牵头单位在正文里。\n\n| 牵头单位 | 工作任务 |\n| --- | --- |\n| 区安委办、区防减救灾办 | 开展交通突出违法行为集中整治 |\n',
    );
    expect(html).toContain('<p id="p-1">牵头单位在正文里。</p>');
    expect(html).toContain('<th><span class="cell-term">牵头单位</span></th>');
    expect(html).toContain(
      '<td><span class="cell-term">区安委办</span>、<span class="cell-term">区防减救灾办</span></td>',
    );
    expect(html).toContain('<td>开展交通突出违法行为集中整治</td>');
  });

  test('names listed one per line are a list of names, running text beside a term is not', () => {
    const html = render('| 单位 | 进展 |\n| --- | --- |\n| 区商务委<br />区物流办 | 已完成，正在组织验收工作 |\n');
    expect(html).toContain(
      '<td><span class="cell-term">区商务委</span><br/><span class="cell-term">区物流办</span></td>',
    );
    expect(html).toContain('<td>已完成，正在组织验收工作</td>');
  });

  test('a cell of running text keeps only its run-in label head whole', () => {
    const html = render('| 状态 |\n| --- |\n| 进行中：仅有1-9月数据，全年结果未公布 |\n');
    expect(html).toContain('<td><span class="cell-term">进行中</span>：仅有1-9月数据，全年结果未公布</td>');
  });

  test('terms inside links in cells are wrapped, code is left as written', () => {
    const html = render('| 链接 | 代码 |\n| --- | --- |\n| [完成时限](https://example.org/) | `doc_no` |\n');
    expect(html).toContain('<a href="https://example.org/"><span class="cell-term">完成时限</span></a>');
    expect(html).toContain('<code>doc_no</code>');
  });
});
