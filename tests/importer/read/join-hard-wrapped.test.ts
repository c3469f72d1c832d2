/** Hard-wrapped joins (J1–J6 of NOTES.md 002 §6), page starts and page numbering on small fixtures. */
import { describe, expect, test } from 'vitest';
import { dominantWidth, regionMargins } from '../../../src/importer/read/margins.ts';
import { numberPages } from '../../../src/importer/read/pages.ts';
import { emWidth } from '../../../src/importer/read/source-line.ts';
import { hasSpacedCells, looksFirst } from '../../../src/importer/read/wrap-rules.ts';
import { runStyle, texts } from './helpers.ts';

/** Every text line followed by a blank line, as in the export. */
const hw = (...lines: string[]) =>
  runStyle(
    lines.flatMap((l) => [l, '']),
    'hard-wrapped',
  );
/** A line of `n` em ending in `end`. */
const line = (n: number, end = '，', fill = '测') => fill.repeat(n - end.length) + end;

describe('hard-wrapped paragraphs', () => {
  test('fixtures have the widths the rules are written for', () => {
    expect(emWidth(line(28))).toBe(28);
    expect(emWidth('2025 年')).toBe(3.5);
    expect(looksFirst(line(26))).toBe(true);
    expect(looksFirst(line(26, '。'))).toBe(false);
    expect(looksFirst(line(28))).toBe(false);
  });

  test('joins full-width wrapped lines with nothing between', () => {
    expect(texts(hw(line(26), line(28), line(12, '。')).blocks)).toEqual([line(26) + line(28) + line(12, '。')]);
  });

  test('J1: breaks around structural lines (文号, date, issuer, status, 印发, label, 附件)', () => {
    for (const structural of [
      '沙府发〔2020〕39 号',
      '2020 年 7 月 1 日',
      '重庆市沙坪坝区人民政府',
      '（此件公开发布）',
      '附件 1',
      '【区政府发文】',
    ]) {
      expect(hw(line(28), structural, line(28), line(5, '。')).blocks, structural).toHaveLength(3);
    }
  });

  test('J2: breaks before a line that opens an item, but not before a decimal', () => {
    expect(hw(line(28), '（一）科技创新能力持续增强', line(5, '。')).blocks).toHaveLength(3);
    expect(hw(line(28), '3.2020 年完成的任务', line(5, '。')).blocks).toHaveLength(3);
    expect(hw(line(28), '0.3%，比上年下降' + line(20), line(5, '。')).blocks).toHaveLength(1);
  });

  test('J3: breaks after a short line that ends a sentence', () => {
    expect(hw(line(26), line(20, '。'), line(28), line(4, '。')).blocks).toHaveLength(2);
  });

  test('J4: breaks after a sentence end when the next line looks like a first line', () => {
    expect(hw(line(26), line(28, '。'), line(26), line(4, '。')).blocks).toHaveLength(2);
  });

  test('keeps a full first line that ends in 。 open when the next line is full (first-line state)', () => {
    expect(hw(line(27, '。'), line(28), line(4, '。')).blocks).toHaveLength(1);
  });

  test('J5: breaks after a short line without a final stop (a heading)', () => {
    expect(texts(hw('2021年工作安排', line(26), line(5, '。')).blocks)).toEqual([
      '2021年工作安排',
      line(26) + line(5, '。'),
    ]);
  });

  test('J6: breaks after a heading-like line when the next looks like a first line', () => {
    expect(hw(line(25, '标', '标'), line(26), line(5, '。')).blocks).toHaveLength(2);
  });

  test('strips exactly one page-start space, marks the block and logs a join onto a page start', () => {
    const result = hw(line(26), ` ${line(28)}`, line(5, '。'), ` ${line(26)}`, line(4, '。'));
    expect(texts(result.blocks)).toEqual([line(26) + line(28) + line(5, '。'), line(26) + line(4, '。')]);
    expect(result.blocks.map((b) => b.pageStart ?? false)).toEqual([false, true]);
    expect(result.notes.filter((n) => n.kind === 'join').map((n) => n.line)).toEqual([3]);
  });

  test('joins a sentence cut by a running header and footer, and numbers the pages from the footer', () => {
    const lines = [
      ` ${line(26)}`,
      '',
      `${line(20, '')}只要紧紧扭住发展`,
      '',
      '',
      '',
      '重庆市沙坪坝区人民政府公报 2020 年第 2 期',
      '',
      '- 11 -',
      '',
      '第一要务，就能在新征程中抢占先机。',
    ];
    const result = runStyle(lines, 'hard-wrapped');
    expect(texts(result.blocks)).toEqual([
      `${line(26)}${line(20, '')}只要紧紧扭住发展第一要务，就能在新征程中抢占先机。`,
    ]);
    expect(result.blocks[0].page).toBe(11);
    const join = result.notes.find((n) => n.kind === 'join')!;
    expect(join.line).toBe(11);
    expect(join.note).toContain('第 12 页');
  });

  test('keeps flattened table rows and form lines apart', () => {
    expect(hasSpacedCells('ZH50010610003 缙云山国家级自然保护区 优先保护单元 3 生态保护红线')).toBe(true);
    expect(hasSpacedCells('按照《自然资源部 农业农村部关于设施农业用地')).toBe(false);
    expect(hasSpacedCells('第一条 饮用水源保护区内可实施有利于改善取水')).toBe(false);
    expect(hasSpacedCells('送温暖”活动。 在元旦、春节、“全国助残日”')).toBe(false);
    const rows = hw(
      'ZH50010610004 歌乐山国家森林公园 优先保护单元 4 生态保护红线',
      'ZH50010610005 太寺垭森林公园 优先保护单元 5 生态保护红线',
    );
    expect(rows.blocks).toHaveLength(2);
  });

  test('continues a hanging-indent 附件： entry up to the next structural line', () => {
    const result = hw(
      '附件：《重庆市规划和自然资源局 重庆市农业农村委',
      '关于进一步规范设施农业用地管理的通知》（渝规资',
      '规范〔2020〕8 号）',
      '重庆市沙坪坝区人民政府办公室',
    );
    expect(texts(result.blocks)).toEqual([
      '附件：《重庆市规划和自然资源局 重庆市农业农村委关于进一步规范设施农业用地管理的通知》（渝规资规范〔2020〕8 号）',
      '重庆市沙坪坝区人民政府办公室',
    ]);
    expect(hw('附件：1.沙坪坝区环境管控单元统计表', '2.沙坪坝区总体管控要求表').blocks).toHaveLength(2);
  });
});

describe('page numbering from footers', () => {
  test('fixes the offset so that every footer closes its page', () => {
    const numbering = numberPages(
      [1, 50, 100, 150],
      [
        { line: 120, page: 11 },
        { line: 170, page: 12 },
      ],
    );
    expect([0, 1, 2, 3].map(numbering.pageOf)).toEqual([9, 10, 11, 12]);
    expect(numbering.notes).toEqual([]);
  });

  test('numbers nothing and flags the export when the footers disagree', () => {
    const numbering = numberPages(
      [1, 50, 100],
      [
        { line: 60, page: 5 },
        { line: 120, page: 9 },
      ],
    );
    expect(numbering.pageOf(0)).toBeNull();
    expect(numbering.notes[0]).toMatchObject({ kind: 'flag', line: 120 });
  });

  test('numbers nothing without footers', () => {
    expect(numberPages([1, 40], []).pageOf(1)).toBeNull();
  });
});

describe('forms in hard-wrapped exports', () => {
  const form = [
    ' 附件 2',
    '设施农业用地备案表',
    '编号： 区（县、自治县） 乡（镇）〔20 〕第 号',
    '项目名称',
    '经营者',
    '（法定代表人姓名）',
    '土地使用时间 年 月 日— 年 月 日',
    '设施建设类型 新建 改扩建',
    '拟建',
    '设施',
    '情况',
    '生 产 设',
    '施',
    '经办人（签字）： 负责人（签字）： （单位盖章）',
    '年 月 日',
    '□规模化粮食生产 □工厂化作物栽培',
  ];

  test('keeps an attachment that is a form as one preformatted block of its printed lines, after its title', () => {
    const result = hw(...form);
    expect(result.blocks.map((b) => b.kind)).toEqual(['text', 'text', 'preformatted']);
    expect(texts(result.blocks.slice(0, 2))).toEqual(['附件 2', '设施农业用地备案表']);
    expect(result.blocks[2].rawLines).toEqual(form.slice(2));
    expect(result.blocks[2].lines).toEqual([5, 31]);
  });

  test('re-joins a template of full-width clauses like prose, keeping its blanks', () => {
    const clause = '二、农业设施用地位置、面积：甲方经营 项目，经乙方同意，使用其';
    const result = hw(' 附件 5', '农业设施用地协议（参考文本）', clause, '土地 公顷。');
    expect(result.blocks.map((b) => b.kind)).toEqual(['text', 'text', 'text']);
    expect(result.blocks[2].text).toBe(`${clause}土地 公顷。`);
  });
});

describe('wrap margins', () => {
  test('measures the dominant width and widens it only where most lines run wider', () => {
    const widths = [...Array(30).fill(28), ...Array(20).fill(36), ...Array(30).fill(28)];
    expect(dominantWidth(widths)).toBe(28);
    const margins = regionMargins(widths);
    expect(margins[5]).toBe(28);
    expect(margins[40]).toBe(36);
    expect(regionMargins([...Array(30).fill(28), ...Array(20).fill(6)])[45]).toBe(28);
  });

  test('falls back to the 28-em margin of NOTES when too few lines tell', () => {
    expect(dominantWidth([26, 26, 4])).toBe(28);
  });
});
