/** The `附件：` list after a notice's text: its items are paragraphs, never headings, in every export style. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readExport } from '../../src/importer/read/index.ts';
import { buildBody } from '../../src/importer/structure/body.ts';
import { findAttachmentLists, readListAt } from '../../src/importer/structure/attachment-list.ts';
import type { SourceBlock } from '../../src/importer/types.ts';
import { headings, importInto, paragraphs, readEntry, tempContentDir } from './helpers/seeds.ts';

const block = (text: string, line: number): SourceBlock => ({ kind: 'text', text, lines: [line, line] });
const blocksOf = (texts: string[]) => texts.map((t, i) => block(t, i + 1));

const INTRO =
  '为弘扬奉献、友爱、互助、进步的志愿精神，推动全区志愿服务工作常态化、制度化、专业化发展，经各镇街、各部门推荐，区文明委组织评审并向社会公示，区政府决定对一批表现突出的志愿服务项目、组织和个人予以表彰。';
const SCOPE =
  '本次表彰面向全区各镇街、各部门和各类社会组织，重点表彰在疫情防控、扶老助残、环境保护、文明交通等领域持续开展服务、群众评价良好、示范带动作用明显的项目、组织和个人。';
const CALL =
  '希望受表彰的项目、组织和个人珍惜荣誉，再接再厉，充分发挥示范引领作用。各镇街、各部门要加强对志愿服务工作的组织领导，完善激励保障机制，推动志愿服务在全区蔚然成风。';
const TITLES = [
  '某某区2023年度优秀志愿服务项目名单',
  '某某区2023年度优秀志愿服务组织名单',
  '某某区2023年度优秀志愿者名单',
];
const CONTENT = [
  '“邻里守望”关爱空巢老人行动（某某街道）、“护河先锋”河道保洁行动（某某镇）、“文明交通我先行”路口劝导行动（区公安分局）。',
  '某某区青年志愿者协会、某某街道“红色管家”志愿服务队、某某社区“银龄互助”志愿服务队、某某学校“小小讲解员”志愿服务队。',
  '王某某（某某街道某某社区）、李某某（某某镇某某村）、张某某（区人民医院）、刘某某（某某中学）、陈某某（区图书馆）。',
];

/** The printed text of the fixture notice, by role; each style prints it its own way. */
const HEAD = [
  '重庆市某某区人民政府',
  '关于表彰2023年度优秀志愿服务项目组织和个人的决定',
  '某府发〔2023〕12号',
  '各镇人民政府、街道办事处，区政府各部门：',
];
const BODY = [INTRO, '一、表彰范围', SCOPE, '二、工作要求', CALL];
const CLOSING = ['重庆市某某区人民政府', '2023年5月8日', '（此件公开发布）'];

/** Attachments printed after the signature: marker line, title line, content paragraph. */
const attachmentParts = (marker: (n: number) => string) =>
  TITLES.flatMap((title, k) => [marker(k + 1), title, CONTENT[k]]);

/** PDF-derived: one paragraph per line, blank lines between; the list as 000 prints it (`- ` bullet, flush and indented items). */
function pdfExport(): string[] {
  const paragraphs = [...HEAD, ...BODY];
  const list = [`- 附件：1. ${TITLES[0]}`, `2. ${TITLES[1]}`, ` 3. ${TITLES[2]}`];
  return [
    ...paragraphs.flatMap((p) => [p, '']),
    ...list,
    '',
    ...[...CLOSING, ...attachmentParts((n) => `附件 ${n}`)].flatMap((p) => [p, '']),
  ];
}

/** Hard-wrapped: every printed line (~28 em) followed by a blank line; the second item wraps under a hanging indent. */
function hardWrappedExport(): string[] {
  const wrap = (p: string) => (p.length <= 26 ? [p] : [p.slice(0, 26), ...(p.slice(26).match(/.{1,28}/g) ?? [])]);
  const longSecond = `${TITLES[1]}（含志愿服务站点）`;
  const printed = [
    ...HEAD,
    ...BODY.flatMap(wrap),
    `附件：1.${TITLES[0]}`,
    `2.${longSecond.slice(0, 24)}`,
    longSecond.slice(24),
    `3.${TITLES[2]}`,
    ...CLOSING,
    ...attachmentParts((n) => `附件${n}`).flatMap(wrap),
  ];
  return printed.flatMap((l) => [l, '']);
}

/** Word-derived: one paragraph per line, no blank lines; items indented under the list line (as 003 prints them), full-width dots. */
function wordExport(): string[] {
  const list = [`附件：1．${TITLES[0]}`, `      2．${TITLES[1]}`, `      3．${TITLES[2]}；`];
  return [...HEAD, ...BODY, ...list, ...CLOSING, ...attachmentParts((n) => `附件${n}`)];
}

function importFixture(name: string, lines: string[]) {
  const dir = tempContentDir();
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  const style = readExport(new TextEncoder().encode(lines.join('\n') + '\n'), name).style;
  importInto(join(dir, 'content'), [path]);
  return { style, entry: readEntry(join(dir, 'content'), 'notices/mff-2023-012') };
}

describe('the 附件： list in each export style', () => {
  const cases: [string, () => string[], string, string[]][] = [
    ['pdf', pdfExport, '附件：1. ', [`2. ${TITLES[1]}`, `3. ${TITLES[2]}`]],
    ['hard-wrapped', hardWrappedExport, '附件：1.', [`2.${TITLES[1]}（含志愿服务站点）`, `3.${TITLES[2]}`]],
    ['word', wordExport, '附件：1．', [`2．${TITLES[1]}`, `3．${TITLES[2]}；`]],
  ];

  for (const [style, build, lead, items] of cases) {
    test(`a ${style} export: every item after the 附件： line is a paragraph of its own, never a heading`, () => {
      const { style: detected, entry } = importFixture(`${style}.txt`, build());
      expect(detected).toBe(style);
      expect(headings(entry.body)).toEqual([
        [3, '一、表彰范围'],
        [3, '二、工作要求'],
        ...TITLES.map((t, k): [number, string] => [2, `附件${k + 1}　${t}`]),
      ]);
      const paras = paragraphs(entry.body);
      const at = paras.findIndex((p) => p.startsWith('附件：'));
      expect(paras[at].startsWith(`${lead}${TITLES[0]}`)).toBe(true);
      expect(paras.slice(at + 1, at + 1 + items.length)).toEqual(items);
      expect(paras[at + 1 + items.length]).toBe('重庆市某某区人民政府');
      expect(entry.data.attachments.map((a: any) => [a.number, a.title])).toEqual(TITLES.map((t, k) => [k + 1, t]));
      expect(entry.data.importNotes?.some((n: any) => /未列入附件清单|缺失/.test(n.note)) ?? false).toBe(false);
    });
  }
});

describe('what belongs to an 附件： list', () => {
  test('items numbered on from the list line belong to it, up to the signature', () => {
    const blocks = blocksOf([
      '本决定自印发之日起施行。',
      '附件：1. 甲表',
      '2. 乙表',
      ' 3．丙表；',
      '重庆市某某区人民政府',
      '2023年5月8日',
    ]);
    const [list] = findAttachmentLists(blocks);
    expect(list.at).toBe(1);
    expect(list.end).toBe(4);
    expect(list.items.map((i) => [i.number, i.title, i.block])).toEqual([
      [1, '甲表', 1],
      [2, '乙表', 2],
      [3, '丙表', 3],
    ]);
  });

  test('a bare 附件： line takes its items from the lines below, and one line may hold several items', () => {
    expect(readListAt(blocksOf(['附件：', '1.甲表', '2.乙表']), 0).items.map((i) => i.number)).toEqual([1, 2]);
    expect(readListAt(blocksOf(['附件：1.甲表 2.乙表', '3.丙表']), 0).items.map((i) => i.title)).toEqual([
      '甲表',
      '乙表',
      '丙表',
    ]);
  });

  test('a number that does not continue the list, a numbered sentence or a single unnumbered attachment ends it', () => {
    expect(readListAt(blocksOf(['附件：1.甲表', '3.丙表']), 0).end).toBe(1);
    expect(readListAt(blocksOf(['附件：1.甲表', '2.强化责任落实。各单位要按期完成。']), 0).end).toBe(1);
    const single = readListAt(blocksOf(['附件：某某区重点任务分解表', '1.康复机构服']), 0);
    expect(single.items).toEqual([{ number: null, title: '某某区重点任务分解表', block: 0 }]);
    expect(single.end).toBe(1);
  });

  test('items do not join the body numbering: the body goes on with its own 2. after the list', () => {
    const texts = [
      '一、总体要求',
      '1.工作目标',
      '到2025年，全面建成服务体系。',
      '附件：1.甲表',
      '2.乙表',
      '3.丙表',
      '2.基本原则',
      '坚持统筹推进。',
    ];
    const { nodes } = buildBody(blocksOf(texts), { baseLevel: 3 });
    const shape = nodes.map((n) =>
      n.type === 'heading' ? `h${n.level} ${n.text}` : n.type === 'paragraph' ? n.text : n.type,
    );
    expect(shape).toEqual([
      'h3 一、总体要求',
      'h4 1.工作目标',
      '到2025年，全面建成服务体系。',
      '附件：1.甲表',
      '2.乙表',
      '3.丙表',
      'h4 2.基本原则',
      '坚持统筹推进。',
    ]);
  });

  test('a hard-wrapped list of short items is not taken for a flattened table', () => {
    const items = Array.from({ length: 9 }, (_, k) => `${k + 1}.${'甲乙丙丁戊己庚辛壬'[k]}表`);
    const texts = [
      '本意见自公布之日起施行。',
      `附件：${items[0]}`,
      ...items.slice(1),
      '重庆市某某区人民政府',
      '2023年5月8日',
    ];
    const { nodes } = buildBody(blocksOf(texts), { baseLevel: 3, flatTables: true });
    expect(nodes.map((n) => n.type)).toEqual(Array(texts.length).fill('paragraph'));
  });
});
