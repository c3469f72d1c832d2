/**
 * Flattened tables of hard-wrapped exports, on small inputs the seeds do not
 * contain in this form: each row-start rule, the header grouping, the cell
 * cut, fill-down, and look-alikes that must stay text.
 */
import { describe, expect, test } from 'vitest';
import { readExport } from '../../src/importer/read/index.ts';
import { buildBody } from '../../src/importer/structure/body.ts';
import { structureExport } from '../../src/importer/structure/index.ts';
import { groupHeader } from '../../src/importer/structure/tables/flattened/header.ts';
import { tokenize } from '../../src/importer/structure/tables/flattened/cells.ts';
import { ROW_KEY_KINDS } from '../../src/importer/structure/tables/flattened/row-keys.ts';
import type { BodyNode } from '../../src/importer/structure/model.ts';
import type { SourceBlock } from '../../src/importer/types.ts';

/** One block per printed line, on odd source lines from 101 (every line of a hard-wrapped export is followed by a blank one). */
const blocks = (lines: string[]): SourceBlock[] =>
  lines.map((text, i) => ({ kind: 'text', text, lines: [101 + 2 * i, 101 + 2 * i] }));
const lineOf = (i: number) => 101 + 2 * i;
const build = (lines: string[]) => buildBody(blocks(lines), { baseLevel: 3, flatTables: true });
const tablesOf = (nodes: BodyNode[]) =>
  nodes.filter((n): n is Extract<BodyNode, { type: 'table' }> => n.type === 'table');
const kind = (id: string) => ROW_KEY_KINDS.find((k) => k.id === id)!;

describe('row starts', () => {
  test('reads serial codes, 序号 + classification code, 第N条 and name + unit', () => {
    expect(kind('serial-code').match('JC2021000103 梁滩河 西永街道')).toMatchObject({
      cells: ['JC2021000103'],
      rest: '梁滩河 西永街道',
    });
    expect(kind('number-code').match('18 Ⅷ—53')).toMatchObject({
      cells: ['18', 'Ⅷ—53'],
      order: 18,
      group: 'Ⅷ',
      rest: '',
    });
    expect(kind('article').match('第十四条 园区引进项目')).toMatchObject({ order: 14 });
    expect(kind('name-unit').match('罗 萱 重庆市南开中学校')).toMatchObject({ cells: ['罗 萱', '重庆市南开中学校'] });
    expect(kind('name-unit').match('欧阳聪睿 重庆市第一中学校')).toMatchObject({
      cells: ['欧阳聪睿', '重庆市第一中学校'],
    });
  });

  test('does not take prose, years, item numbers or two offices for row starts', () => {
    expect(kind('number-code').match('2020 年全区完成')).toBeNull();
    expect(kind('serial-code').match('GB50016 规范')).toBeNull();
    expect(kind('name-unit').match('区财政局 区文化旅游委')).toBeNull();
    expect(kind('name-unit').match('联系人 王小明')).toBeNull();
    expect(kind('name-unit').match('各位代表 请审议')).toBeNull();
  });

  test('keeps CJK–digit spacing inside a cell: a token opening with a digit belongs to the word before it', () => {
    expect(tokenize('优先保护单元 9 一般生态空间', 1, 0).map((t) => t.text)).toEqual([
      '优先保护单元 9',
      '一般生态空间',
    ]);
    expect(tokenize('沙坪坝区重点管控单元 1-嘉陵', 1, 0).map((t) => t.text)).toEqual(['沙坪坝区重点管控单元 1-嘉陵']);
  });
});

describe('header cells', () => {
  test('groups header cells wrapped over lines of their own into the row width', () => {
    const line = (text: string, n: number) => ({ tokens: text.split(' '), line: n });
    expect(
      groupHeader([line('序号 编号 项目名称 项目类别', 1), line('申报地区或', 2), line('单位', 3)], 5)?.cells,
    ).toEqual(['序号', '编号', '项目名称', '项目类别', '申报地区或单位']);
    const wrapped = ['站点', '编码', '站点', '名称', '所在', '街道'].map((t, i) => line(t, i));
    expect(groupHeader(wrapped, 3)?.cells).toEqual(['站点编码', '站点名称', '所在街道']);
    expect(groupHeader(wrapped, 4)).toBeNull();
  });
});

describe('rebuilt tables', () => {
  test('serial-code rows: wrapped header, one-line rows, a wrapped cell joined and a glued line split, each logged', () => {
    const { nodes, notes } = build([
      '监测站点',
      '编码',
      '监测站点',
      '名称',
      '所在',
      '街道',
      'JC2021000101 童家桥水质站 井口街道',
      'JC2021000102 磁器口水质站 磁器口街道',
      'JC2021000103',
      '梁滩河西永段',
      '水质站',
      '西永街道',
      'JC2021000104',
      '清水溪水质站 沙坪坝街道',
      'JC2021000105 虎溪河水质站 虎溪街道',
    ]);
    expect(nodes).toHaveLength(1);
    const [table] = tablesOf(nodes);
    expect(table.header).toEqual(['监测站点编码', '监测站点名称', '所在街道']);
    expect(table.rows).toEqual([
      ['JC2021000101', '童家桥水质站', '井口街道'],
      ['JC2021000102', '磁器口水质站', '磁器口街道'],
      ['JC2021000103', '梁滩河西永段水质站', '西永街道'],
      ['JC2021000104', '清水溪水质站', '沙坪坝街道'],
      ['JC2021000105', '虎溪河水质站', '虎溪街道'],
    ]);
    expect(table.lines).toEqual([lineOf(0), lineOf(14)]);
    expect(notes.find((n) => n.kind === 'table')?.note).toContain('重建为 5 行 3 列');
    expect(notes.some((n) => n.kind === 'join' && n.line === lineOf(9) && n.note.includes('梁滩河西永段水质站'))).toBe(
      true,
    );
    expect(notes.filter((n) => n.kind === 'split').map((n) => n.line)).toEqual([lineOf(13)]);
  });

  test('序号 + code rows: a category printed on a group’s first row only is recognised by vocabulary and filled down within its class', () => {
    const { nodes, notes } = build([
      '序号 编号 项目名称 项目类别 保护单位',
      '1 Ⅰ—3 梁山灯戏传说 民间文学 区文化馆',
      '2 Ⅷ—7 石磨豆花制作技艺',
      '传统技艺',
      '井口街道',
      '3 Ⅷ—8 竹编技艺 童家桥街道',
      '4 Ⅷ—9 老鹰茶',
      '制作技艺',
      '歌乐山街道',
      '5 Ⅸ—2 正骨疗法 传统医药 区中医院',
      '6 Ⅹ—1 庙会 区文化馆',
    ]);
    const [table] = tablesOf(nodes);
    expect(table.rows).toEqual([
      ['1', 'Ⅰ—3', '梁山灯戏传说', '民间文学', '区文化馆'],
      ['2', 'Ⅷ—7', '石磨豆花制作技艺', '传统技艺', '井口街道'],
      ['3', 'Ⅷ—8', '竹编技艺', '传统技艺', '童家桥街道'],
      ['4', 'Ⅷ—9', '老鹰茶制作技艺', '传统技艺', '歌乐山街道'],
      ['5', 'Ⅸ—2', '正骨疗法', '传统医药', '区中医院'],
      ['6', 'Ⅹ—1', '庙会', '', '区文化馆'],
    ]);
    const fill = notes.find((n) => n.kind === 'fill-down')!;
    expect(fill.line).toBe(lineOf(5));
    expect(fill.note).toContain(`取第 ${lineOf(2)} 行的“传统技艺”，填入第 ${lineOf(5)}、${lineOf(6)} 行`);
    // Ⅹ is another classification: 传统医药 (Ⅸ) is not copied into it.
    expect(notes.some((n) => n.kind === 'flag' && n.line === lineOf(10))).toBe(true);
  });

  test('article rows: the merged category printed before an article over two lines is joined and filled down', () => {
    const { nodes, notes } = build([
      '类别 管理要求',
      '准入',
      '条件',
      '第一条 新建项目应符合规划。',
      '第二条 禁止新建高污染项目。',
      '退出',
      '机制',
      '第三条 不符合要求的企业限期退出。',
    ]);
    const [table] = tablesOf(nodes);
    expect(table.header).toEqual(['类别', '管理要求']);
    expect(table.rows).toEqual([
      ['准入条件', '第一条 新建项目应符合规划。'],
      ['准入条件', '第二条 禁止新建高污染项目。'],
      ['退出机制', '第三条 不符合要求的企业限期退出。'],
    ]);
    expect(notes.filter((n) => n.kind === 'join').map((n) => n.line)).toEqual([lineOf(1), lineOf(5)]);
    expect(notes.find((n) => n.kind === 'fill-down')?.line).toBe(lineOf(4));
  });

  test('a name + unit list printed without a header gets one, recorded; a padded two-character name stays as printed', () => {
    const { nodes, notes } = build([
      '张晓明 重庆市第八中学校',
      '李 华 沙坪坝区树人小学校',
      '欧阳子涵 重庆大学附属中学校',
    ]);
    const [table] = tablesOf(nodes);
    expect(table.header).toEqual(['姓名', '单位']);
    expect(table.rows).toEqual([
      ['张晓明', '重庆市第八中学校'],
      ['李 华', '沙坪坝区树人小学校'],
      ['欧阳子涵', '重庆大学附属中学校'],
    ]);
    expect(notes.find((n) => n.kind === 'header')?.line).toBe(lineOf(0));
  });
});

describe('look-alikes and tables that cannot be rebuilt', () => {
  test('a regulation’s articles under chapter headings stay headings and paragraphs', () => {
    const { nodes } = build([
      '第一章 总则',
      '第一条 为了规范管理，制定本办法。',
      '第二条 本办法适用于本区。',
      '第三条 区政府负责组织实施。',
      '第二章 附则',
      '第四条 本办法自印发之日起施行。',
    ]);
    expect(tablesOf(nodes)).toEqual([]);
    expect(nodes.filter((n) => n.type === 'paragraph').map((n) => (n as { text: string }).text)).toContain(
      '第二条 本办法适用于本区。',
    );
  });

  test('lines of joint offices, and two name + unit lines, are not tables', () => {
    expect(tablesOf(build(['区发展改革委 区财政局', '区教委 区民政局', '区卫生健康委 区人力社保局']).nodes)).toEqual(
      [],
    );
    expect(
      tablesOf(build(['张晓明 重庆市第八中学校', '李 华 沙坪坝区树人小学校', '以上同志均表现突出。']).nodes),
    ).toEqual([]);
  });

  test('a flattened table whose rows have no recurring start stays its printed lines, with the reason', () => {
    const lines = [
      '项目名称 项目内容 完成时限 责任单位',
      '1.康复服',
      '务建设',
      '1.开展康复服务',
      '全年',
      '区残联',
      '2.发放补贴',
      '区民政局',
      '2.教育服',
      '务保障',
      '1.送教上门',
      '各镇街',
    ];
    const { nodes, notes } = build(lines);
    expect(nodes).toEqual([{ type: 'preformatted', text: lines.join('\n'), lines: [lineOf(0), lineOf(11)] }]);
    expect(notes[0]).toMatchObject({ line: lineOf(0), kind: 'flag' });
    expect(notes[0].note).toMatch(/行首模式.*无法可靠重建/);
  });

  test('coded rows that cannot be cut into the header’s columns stay their printed lines, naming the row', () => {
    const lines = [
      '站点编码 站点名称 所在街道',
      'JC2021000101 童家桥水质站 井口街道',
      'JC2021000102',
      '磁器口水质站',
      'JC2021000103 虎溪河水质站 虎溪街道',
    ];
    const { nodes, notes } = build(lines);
    expect(nodes).toEqual([{ type: 'preformatted', text: lines.join('\n'), lines: [lineOf(0), lineOf(4)] }]);
    expect(notes[0].note).toContain(`第 ${lineOf(2)} 行起的一行无法可靠地分入 3 列`);
  });
});

describe('an unseen hard-wrapped export', () => {
  test('rebuilds the list in its attachment from the printed lines, through the whole reader', () => {
    const wrap = (p: string) => [p.slice(0, 26), ...(p.slice(26).match(/.{1,28}/g) ?? [])];
    const para =
      '为保护和传承优秀传统文化，根据《中华人民共和国非物质文化遗产法》和有关规定，经专家评审、社会公示，区政府同意公布第一批区级非物质文化遗产代表性项目名录，共 4 项，现予公布。各镇街、各有关部门要认真贯彻“保护为主、抢救第一、合理利用、传承发展”的工作方针，切实做好名录项目的保护、传承和利用工作。';
    const printed = [
      ' 【区政府发文】',
      '重庆市某某区人民政府',
      '关于公布第一批区级非物质文化遗产代表性',
      '项目名录的通知',
      '某府发〔2023〕5 号',
      '各镇人民政府、街道办事处，区政府各部门：',
      ...wrap(para),
      ...wrap(para),
      ...wrap(para),
      '附件：某某区第一批非物质文化遗产代表性项目名录',
      '重庆市某某区人民政府',
      '2023 年 5 月 8 日',
      ' 附件',
      '某某区第一批非物质文化遗产代表性项目名录',
      '序号 编号 项目名称 项目类别 保护单位',
      '1 Ⅰ—1 歌乐山传说 民间文学 区文化馆',
      '2 Ⅷ—1 磁器口陈麻花',
      '制作技艺',
      '传统技艺',
      '磁器口街道',
      '3 Ⅷ—2 竹编技艺 童家桥街道',
      '4 Ⅸ—1 正骨疗法 传统医药 区中医院',
      '重庆市某某区人民政府办公室 2023 年 5 月 8 日印发',
    ];
    // Every printed line is followed by a blank line, as in a hard-wrapped export.
    const read = readExport(new TextEncoder().encode(printed.map((l) => `${l}\n`).join('\n')), 'unseen-list.txt');
    expect(read.style).toBe('hard-wrapped');
    const [doc] = structureExport(read).documents as any[];
    const [table] = tablesOf(doc.body);
    expect(table.header).toEqual(['序号', '编号', '项目名称', '项目类别', '保护单位']);
    expect(table.rows.map((r) => r.slice(2))).toEqual([
      ['歌乐山传说', '民间文学', '区文化馆'],
      ['磁器口陈麻花制作技艺', '传统技艺', '磁器口街道'],
      ['竹编技艺', '传统技艺', '童家桥街道'],
      ['正骨疗法', '传统医药', '区中医院'],
    ]);
    expect(doc.notes.map((n: any) => n.kind)).toEqual(expect.arrayContaining(['table', 'join', 'fill-down']));
  });
});
