/** Table grouping (raw, for stage 2) and Word-derived paragraphs on small fixtures. */
import { describe, expect, test } from 'vitest';
import { attachStrayPunctuation } from '../../../src/importer/read/stray-punctuation.ts';
import type { SourceBlock } from '../../../src/importer/types.ts';
import { runStyle, texts, wordRows } from './helpers.ts';

const word = (...lines: string[]) => runStyle(lines, 'word');
const pdf = (...lines: string[]) => runStyle(lines, 'pdf');

describe('Word-derived paragraphs', () => {
  test('makes one paragraph per line, trims layout indentation and drops blank lines', () => {
    const result = word(
      '各位代表：',
      '我代表沙坪坝区人民政府向大会报告工作，',
      '',
      '                    重庆市沙坪坝区人民政府',
      '    一、10项经济社会发展预期目标情况',
    );
    expect(texts(result.blocks)).toEqual([
      '各位代表：',
      '我代表沙坪坝区人民政府向大会报告工作，',
      '重庆市沙坪坝区人民政府',
      '一、10项经济社会发展预期目标情况',
    ]);
    expect(result.blocks.map((b) => b.lines[0])).toEqual([1, 2, 4, 5]);
  });

  test('never joins lines, even a title over three lines (stage 2 joins titles)', () => {
    expect(
      word('重庆市沙坪坝区人民政府', '关于印发2022年沙坪坝区安全生产与', '自然灾害防治工作要点的通知').blocks,
    ).toHaveLength(3);
  });
});

describe('cell-per-line tables', () => {
  test('groups TAB-led lines into one raw table, keeping the blank lines that end rows', () => {
    const result = word('附件1', '\t序号', '\t目标', '', '\t1', '\t地区生产总值增长5.5%左右', '', '正文');
    expect(result.blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text']);
    const table = result.blocks[1];
    expect(table.rawLines).toEqual(['\t序号', '\t目标', '', '\t1', '\t地区生产总值增长5.5%左右']);
    expect(table.lines).toEqual([2, 6]);
    expect(table.text).toBe(table.rawLines!.join('\n'));
  });

  test('keeps an untabbed line right after a cell as its continuation', () => {
    const table = word('\t序号', '\t指标', '属性', '', '\t1', '\t100').blocks[0];
    expect(wordRows(table.rawLines!)).toEqual([
      ['序号', '指标\n属性'],
      ['1', '100'],
    ]);
  });

  test('keeps SPACE+TAB row openers verbatim', () => {
    const table = word('\t1', '\t联动共建', ' \t建好环大学创新生态圈', '\t提质升级').blocks[0];
    expect(table.rawLines![2]).toBe(' \t建好环大学创新生态圈');
    expect(wordRows(table.rawLines!)).toHaveLength(2);
  });

  test('absorbs short orphan lines between blank runs when the table resumes', () => {
    const result = word(
      '\t2',
      '\t相关部门和各镇街',
      '',
      '',
      '抓严重点行业领域安全专项整治',
      '',
      '\t（1）深化燃气安全专项整治。',
    );
    expect(result.blocks).toHaveLength(1);
    expect(result.blocks[0].rawLines).toContain('抓严重点行业领域安全专项整治');
  });

  test('ends the table at a heading or a paragraph, even if another table follows', () => {
    const result = word(
      '\t专栏2　残疾人社会保障重点项目',
      '',
      '\t1．最低生活保障。',
      '2．困难残疾人生活补贴。',
      '',
      '',
      '第二节 大力促进残疾人就业',
      '\t专栏3 残疾人就业补贴奖励重点项目',
    );
    expect(result.blocks.map((b) => [b.kind, b.lines])).toEqual([
      ['table', [1, 4]],
      ['text', [7, 7]],
      ['table', [8, 8]],
    ]);
  });

  test('groups PDF rows with TAB-separated cells across blank lines inside the table', () => {
    const result = pdf(
      '序号\t名称\t目标',
      '1\t强化责任\t①坚持党政同责，加强党政领',
      '',
      '\t\t导干部履职监督。',
      '2\t提升能力\t①优化机制。',
      '',
      '三、重点整治任务',
    );
    expect(result.blocks.map((b) => b.kind)).toEqual(['table', 'text']);
    expect(result.blocks[0].rawLines).toEqual([
      '序号\t名称\t目标',
      '1\t强化责任\t①坚持党政同责，加强党政领',
      '',
      '\t\t导干部履职监督。',
      '2\t提升能力\t①优化机制。',
    ]);
  });
});

describe('stray punctuation', () => {
  const block = (text: string, line: number): SourceBlock => ({ kind: 'text', text, lines: [line, line] });

  test('moves a lone 。 onto the nearest earlier paragraph that lacks its stop, skipping headings', () => {
    const blocks = [
      block('1.传染病智能预测。为资源调配等提供支持', 5061),
      block('（一）智慧医疗大数据资源池工程', 5069),
      block('为临床科研提供支撑。', 5071),
      block('。', 5085),
    ];
    const result = attachStrayPunctuation(blocks);
    expect(texts(result.blocks)).toEqual([
      '1.传染病智能预测。为资源调配等提供支持。',
      '（一）智慧医疗大数据资源池工程',
      '为临床科研提供支撑。',
    ]);
    expect(result.notes).toMatchObject([{ line: 5085, kind: 'reorder' }]);
  });

  test('leaves a lone mark where no paragraph nearby lacks its stop', () => {
    const result = attachStrayPunctuation([block('完整的一段。', 1), block('。', 3)]);
    expect(result.blocks).toHaveLength(2);
    expect(result.notes).toEqual([]);
  });
});
