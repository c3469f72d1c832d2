/** PDF-derived joins on small fixtures: page breaks across a blank line, soft wraps, structure kept apart. */
import { describe, expect, test } from 'vitest';
import { looksLikeHeading } from '../../../src/importer/read/join-pdf.ts';
import { runStyle, texts } from './helpers.ts';

const pdf = (...lines: string[]) => runStyle(lines, 'pdf');

describe('PDF-derived paragraphs', () => {
  test('joins a paragraph split by a page break, with no separator, and logs the join', () => {
    const result = pdf('2024 年，我们坚持赋予沙坪坝“主阵地、示范区、排头兵、领头', '', '雁”战略定位，承压前行。');
    expect(texts(result.blocks)).toEqual([
      '2024 年，我们坚持赋予沙坪坝“主阵地、示范区、排头兵、领头雁”战略定位，承压前行。',
    ]);
    expect(result.blocks[0].lines).toEqual([1, 3]);
    const note = result.notes.find((n) => n.kind === 'join')!;
    expect(note.line).toBe(3);
    expect(note.note).toContain('第 1 行');
  });

  test('puts a space only between two ASCII letters or digits at a join', () => {
    expect(texts(pdf('我们持续推进改革，梳理 KPI', '', 'DRG 付费改革。').blocks)).toEqual([
      '我们持续推进改革，梳理 KPI DRG 付费改革。',
    ]);
    expect(texts(pdf('加快平台建设，建成 20', '', '个 AI 场景。').blocks)).toEqual([
      '加快平台建设，建成 20个 AI 场景。',
    ]);
  });

  test('joins a short unpunctuated fragment when the next page opens with punctuation no paragraph starts with', () => {
    expect(texts(pdf('为深入贯彻落实党的二十大精神和市委要求', '', '，全面推进工作。').blocks)).toEqual([
      '为深入贯彻落实党的二十大精神和市委要求，全面推进工作。',
    ]);
  });

  test('never joins after closing punctuation', () => {
    for (const end of ['。', '；', '：', '！', '？', '）', ')']) {
      expect(pdf(`第一段的内容比较长，到这里结束${end}`, '', '第二段').blocks, end).toHaveLength(2);
    }
  });

  test('never joins onto a line that opens with a structural marker', () => {
    for (const next of [
      '（二）下一项。',
      '2. 下一项。',
      '二、下一部分',
      '——这一年，我们',
      '【区政府文件】',
      '附件 1',
      '①第一项',
    ]) {
      expect(pdf('前一段没有标点结尾，而且相当长的一行文字', '', next).blocks, next).toHaveLength(2);
    }
  });

  test('never joins a line that opened with bold (a run-in head after a page break)', () => {
    expect(pdf('前一段没有标点结尾，而且相当长的一行文字', '', '**推动止损瘦身**，启动改革').blocks).toHaveLength(2);
  });

  test('never continues a heading, a title, a subtitle or a speaker line', () => {
    for (const first of [
      '2024 年工作回顾',
      '一、坚持科技引领、创新驱动，现代产业体系加快构建',
      '沙坪坝区进一步完善医疗卫生服务体系实施方案',
      '重庆市沙坪坝区人民政府办公室关于印发《沙坪坝区加强和改进“一老一幼”服务工作方案》的通 知',
      '——2025 年 2 月 12 日在重庆市沙坪坝区第十九届人民代表大会第六次会议上',
      '重庆市沙坪坝区人民政府区长 肖庆华',
      '2025',
    ]) {
      expect(pdf(first, '', '正文开始的段落，没有任何标记').blocks, first).toHaveLength(2);
    }
  });

  test('keeps structural lines apart: 文号, dates, status, labels, 附件 markers', () => {
    for (const [a, b] of [
      ['沙府发〔2025〕8 号', '重庆市沙坪坝区人民政府'],
      ['重庆市沙坪坝区人民政府', '2025 年 3 月 5 日'],
      ['2025 年 3 月 5 日', '（此件公开发布）'],
      ['附件', '核心绩效指标及责任分工'],
    ]) {
      expect(pdf(a, '', b).blocks, `${a}|${b}`).toHaveLength(2);
    }
  });

  test('joins soft-wrapped title blocks without a blank line, logged as soft wraps', () => {
    const result = pdf(
      '**重庆市沙坪坝区人民政府',
      '关于印发《2025 年全区安全生产、',
      '防灾减灾救灾和消防工作要点》的通知**',
    );
    expect(texts(result.blocks)).toEqual([
      '重庆市沙坪坝区人民政府关于印发《2025 年全区安全生产、防灾减灾救灾和消防工作要点》的通知',
    ]);
    expect(result.notes.filter((n) => n.kind === 'soft-wrap').map((n) => n.line)).toEqual([2, 3]);
  });

  test('never soft-wraps list items or colophon fields', () => {
    expect(pdf('附件：1. 名词解释', '2. 认定流程图', ' 3. 建议名录').blocks).toHaveLength(3);
    expect(pdf('主管单位 : 重庆市沙坪坝区人民政府', '主办单位 : 重庆市沙坪坝区人民政府办公室').blocks).toHaveLength(2);
  });

  test('leaves the table of contents fragments as printed', () => {
    const result = pdf(
      '目 录',
      '',
      '【 区政府文件 】',
      '',
      '关于印发《2025 年全区安全生产、防灾减灾救灾和消防工作要点》的通',
      '',
      '知.....(36)',
      '',
      '【政府工作报告】',
    );
    expect(texts(result.blocks)).toEqual([
      '目 录',
      '【 区政府文件 】',
      '关于印发《2025 年全区安全生产、防灾减灾救灾和消防工作要点》的通',
      '知.....(36)',
      '【政府工作报告】',
    ]);
  });

  test('logs leading whitespace it trims', () => {
    const result = pdf(' 3. 涉企行政检查“白名单”建议名录');
    expect(texts(result.blocks)).toEqual(['3. 涉企行政检查“白名单”建议名录']);
    expect(result.notes.map((n) => n.kind)).toEqual(['whitespace']);
  });

  test('tells headings from page-break fragments', () => {
    expect(looksLikeHeading('（一）做大需求端，建好青年留沙就业蓄水池')).toBe(true);
    expect(looksLikeHeading('（一）加强组织实施。区司法局负责总体统筹“白名单”制')).toBe(false);
    expect(looksLikeHeading('21. 教育发展共同体：以优质学校为核心，与其他成员校一')).toBe(false);
    expect(looksLikeHeading('被移出“白名单”的企业，以及存在逃避监管、弄虚作假等')).toBe(false);
  });
});
