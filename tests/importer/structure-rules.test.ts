/** General rules of stage 2 on small inputs the seeds do not contain in this form. */
import { describe, expect, test } from 'vitest';
import { readMarker } from '../../src/importer/structure/numbering.ts';
import { Outline } from '../../src/importer/structure/outline.ts';
import {
  findWenhaos,
  matchPrintedLine,
  matchStatusLine,
  matchWenhaoLine,
} from '../../src/importer/vocabulary/document-lines.ts';
import { readGlossary, splitTerms } from '../../src/importer/structure/glossary.ts';
import { readValidity } from '../../src/importer/structure/relations.ts';
import { tidyTitle } from '../../src/importer/structure/title-block.ts';
import { readExport } from '../../src/importer/read/index.ts';
import { structureExport } from '../../src/importer/structure/index.ts';
import type { SourceBlock } from '../../src/importer/types.ts';

const block = (text: string, line = 1): SourceBlock => ({ kind: 'text', text, lines: [line, line] });
const classifyAll = (outline: Outline, texts: string[]) => texts.map((t, i) => outline.classify(t, texts[i + 1]));

describe('numbering markers', () => {
  test('reads every family with its value', () => {
    expect(readMarker('二十一、优化政务服务。')).toMatchObject({ family: 'cn-dun', value: 21 });
    expect(readMarker('（十一）加强宣传')).toMatchObject({ family: 'cn-paren', value: 11 });
    expect(readMarker('12.强化督查考核')).toMatchObject({ family: 'ar-dot', value: 12 });
    expect(readMarker('1．生产设施用地。')).toMatchObject({ family: 'ar-dot', value: 1 });
    expect(readMarker('（3）巩固整治成果')).toMatchObject({ family: 'ar-paren', value: 3 });
    expect(readMarker('③强化督查')).toMatchObject({ family: 'circled', value: 3 });
    expect(readMarker('6.2.1.1启动条件')).toMatchObject({ family: 'decimal', depth: 4, value: 1 });
    expect(readMarker('3  应急指挥体系')).toMatchObject({ family: 'decimal', depth: 1, value: 3 });
    expect(readMarker('第十四条 严禁')).toMatchObject({ family: 'article', value: 14 });
  });

  test('does not take numbers, percentages or years for markers', () => {
    expect(readMarker('0.3%，较上年下降')).toBeNull();
    expect(readMarker('2025 年，全区')).toBeNull();
    expect(readMarker('3.5万人')).toBeNull();
  });
});

describe('headings from the numbering sequence', () => {
  test('flattened Word numbering: the first family met is the top level, the next nests under it', () => {
    const out = classifyAll(new Outline(3), ['1、总体要求', '（1）工作目标', '（2）基本原则', '2、重点任务']);
    expect(out.map((c) => (c.kind === 'heading' ? c.level : 0))).toEqual([3, 4, 4, 3]);
  });

  test('item numbers may run on across headings; a number going back is not an item', () => {
    const out = classifyAll(new Outline(3), [
      '一、深化责任',
      '1. 强化党政领导干部责任。坚持党政同责。',
      '2. 强化部门责任。压实责任。',
      '二、提升能力',
      '3. 提升统筹能力。完善机制。',
      '1. 这不是第一项。因为编号倒退了。',
    ]);
    expect(out[4]).toMatchObject({ kind: 'paragraph', head: '3. 提升统筹能力。' });
    expect(out[5]).toMatchObject({ kind: 'paragraph', head: '1. 这不是第一项。' });
    const wrong = classifyAll(new Outline(3), ['一、甲', '1. 甲项。内容。', '2. 乙项。内容。', '5. 跳号项。内容。']);
    expect(wrong[3]).toEqual({ kind: 'paragraph', text: '5. 跳号项。内容。' });
  });

  test('one-sentence items stay paragraphs unless a deeper numbering follows them', () => {
    const list = classifyAll(new Outline(3), ['一、严禁违反政策，不得违规操作。', '二、严禁弄虚作假，不得伪造虚报。']);
    expect(list.map((c) => c.kind)).toEqual(['paragraph', 'paragraph']);
    const group = classifyAll(new Outline(3), ['（一）科学规划，建设优质高效服务体系。', '1.优化资源布局。内容。']);
    expect(group[0]).toMatchObject({ kind: 'heading', level: 3 });
  });

  test('clauses ending in ； are plain paragraphs, not run-in heads', () => {
    const out = classifyAll(new Outline(3), ['（一）依法登记注册，正常经营满一年；', '（二）近三年未发生重大事故；']);
    expect(out.every((c) => c.kind === 'paragraph' && !('head' in c && c.head))).toBe(true);
  });

  test('work reports: short unpunctuated lines are parts, short first sentences are run-in heads', () => {
    const out = classifyAll(new Outline(3, true), [
      '2026年工作安排',
      '联动共建科学城。聚焦科学主题。',
      '——高质量发展实现重大突破。在质量效益明显提升的基础上。',
      '各位代表：',
    ]);
    expect(out[0]).toMatchObject({ kind: 'heading', level: 2 });
    expect(out[1]).toMatchObject({ head: '联动共建科学城。' });
    expect(out[2]).not.toHaveProperty('head');
    expect(out[3]).toMatchObject({ kind: 'paragraph' });
  });
});

describe('document metadata patterns', () => {
  test('a 文号 line is a whole line in any bracket form; cited 文号 are found in prose', () => {
    expect(matchWenhaoLine('沙府发〔2025〕8 号')?.normal).toBe('沙府发〔2025〕8号');
    expect(matchWenhaoLine('  国发﹝2022﹞5号 ')?.normal).toBe('国发〔2022〕5号');
    expect(matchWenhaoLine('渝府办发[2023]76号')?.normal).toBe('渝府办发〔2023〕76号');
    expect(matchWenhaoLine('按照（渝府办发〔2023〕76号）要求')).toBeNull();
    expect(findWenhaos('原通告（沙府发〔2019〕18号）同时废止').map((w) => w.normal)).toEqual(['沙府发〔2019〕18号']);
  });

  test('status and 印发 lines in their variants', () => {
    expect(matchStatusLine('(此件公开发布)')).toEqual({ printed: '(此件公开发布)', publicRelease: true });
    expect(matchStatusLine('（本文有删减）')).toEqual({ printed: '（本文有删减）', publicRelease: false });
    expect(matchStatusLine('（三）加强组织领导')).toBeNull();
    expect(matchPrintedLine(' 重庆市沙坪坝区人民政府办公室 2020 年 9月 22日印发')).toEqual({
      by: '重庆市沙坪坝区人民政府办公室',
      date: '2020-09-22',
    });
  });

  test('titles lose letter-spacing and CJK–digit spaces but keep the space between two issuers inside 《》', () => {
    expect(tidyTitle('关于印发《沙坪坝区促进 3岁以下婴幼儿照护服务发展实施方案》的通 知')).toBe(
      '关于印发《沙坪坝区促进3岁以下婴幼儿照护服务发展实施方案》的通知',
    );
    expect(tidyTitle('关于转发《重庆市规划和自然资源局 重庆市农业农村委员会关于规范用地的通知》的通知')).toContain(
      '自然资源局 重庆市',
    );
  });

  test('validity: effective clause of the document itself, repeals with 文号 and title', () => {
    const v = readValidity([
      '《关于规范的通知》（渝规资规范〔2020〕8 号），于 2020 年 7 月 1 日起实施。现转发给你们。',
      '本办法自 2021 年 3 月 1 日起施行。原《某某管理办法》（沙府发〔2015〕3号）和（沙府办发〔2016〕9 号）同时废止。',
    ]);
    expect(v.effectiveDate).toBe('2021-03-01');
    expect(v.repeals).toEqual([
      { wenhao: '沙府发〔2015〕3号', title: '某某管理办法', document: null },
      { wenhao: '沙府办发〔2016〕9号', title: null, document: null },
    ]);
  });
});

describe('glossary entries', () => {
  test('a numbered line without ： before its first 。 continues the previous definition; printed numbers are kept', () => {
    const { entries, notes } = readGlossary([
      block('1. 甲项：定义一。', 10),
      block('2. 乙项：定义二的前半', 12),
      block('3. 后半部分。', 14),
      block('4. 丙项：定义三。', 16),
    ]);
    expect(entries.map((e) => [e.seq, e.printedNo, e.heading])).toEqual([
      [1, 1, '甲项'],
      [2, 2, '乙项'],
      [3, 4, '丙项'],
    ]);
    expect(entries[1].definition).toBe('定义二的前半后半部分。');
    expect(notes).toHaveLength(1);
    expect(notes[0].line).toBe(14);
  });

  test('a heading naming two terms splits on 、; quotes stay part of the term', () => {
    expect(splitTerms('公民同招、民办摇号')).toEqual(['公民同招', '民办摇号']);
    expect(splitTerms('打好“四张牌”、干好“四件事”')).toEqual(['打好“四张牌”', '干好“四件事”']);
    expect(splitTerms('“三变”改革')).toEqual(['“三变”改革']);
  });
});

describe('an export nobody has seen', () => {
  test('finds two Word-style notices without labels, their metadata, headings and an empty attachment', () => {
    const text = [
      '重庆市某某区人民政府办公室',
      '关于印发《某某区河道保洁',
      '实施办法》的通知',
      '',
      '某府办发〔2023〕12号',
      '',
      '各镇人民政府、各街道办事处，区政府各部门：',
      '《某某区河道保洁实施办法》已经区政府同意，现印发给你们，请认真贯彻执行。',
      '                    重庆市某某区人民政府办公室',
      '                       2023年4月3日',
      '（此件公开发布）',
      '',
      '某某区河道保洁实施办法',
      '一、总体要求',
      '（一）工作目标。到2025年，全区河道保洁全覆盖。',
      '（二）基本原则。属地管理，分级负责。',
      '二、保障措施',
      '本办法自印发之日起施行，原《某某区河道管理暂行办法》（某府办发〔2018〕7号）同时废止。',
      '附件：河道保洁流程图',
      '附件',
      '河道保洁流程图',
      '',
      '',
      '重庆市某某区人民政府',
      '关于公布第一批示范河段的通知',
      '某府发〔2023〕30号',
      '各镇人民政府：',
      '现将第一批示范河段名单予以公布。',
      '重庆市某某区人民政府',
      '2023年6月1日',
    ].join('\n');
    const read = readExport(new TextEncoder().encode(text), 'unseen.txt');
    const s = structureExport(read);
    expect(s.gazette).toBeNull();
    expect(s.documents).toHaveLength(2);
    const [a, b] = s.documents as any[];
    expect(a).toMatchObject({
      wenhao: '某府办发〔2023〕12号',
      title: '重庆市某某区人民政府办公室关于印发《某某区河道保洁实施办法》的通知',
      signedDate: '2023-04-03',
      publicRelease: true,
      enclosedTitle: '某某区河道保洁实施办法',
      addressees: '各镇人民政府、各街道办事处，区政府各部门',
    });
    expect(a.repeals).toEqual([{ wenhao: '某府办发〔2018〕7号', title: '某某区河道管理暂行办法', document: null }]);
    expect(a.attachments).toEqual([
      { number: null, title: '河道保洁流程图', listedTitle: null, contentPresent: false, anchor: null },
    ]);
    expect(a.body.filter((n: any) => n.type === 'heading').map((n: any) => [n.level, n.text])).toEqual([
      [2, '某某区河道保洁实施办法'],
      [3, '一、总体要求'],
      [3, '二、保障措施'],
      [2, '附件\u3000河道保洁流程图'],
    ]);
    expect(a.body.filter((n: any) => n.head).map((n: any) => n.head)).toEqual(['（一）工作目标。', '（二）基本原则。']);
    expect(b).toMatchObject({
      wenhao: '某府发〔2023〕30号',
      docType: '通知',
      signedDate: '2023-06-01',
      publicRelease: false,
    });
  });
});
