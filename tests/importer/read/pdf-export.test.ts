/** 000 (PDF-derived gazette 2025年第1期): facts from NOTES.md, asserted on the real export. */
import { describe, expect, test } from 'vitest';
import { splitTocLeader } from '../../../src/importer/read/toc.ts';
import { blockAt, readSeed, texts } from './helpers.ts';

const result = readSeed('000');
const all = texts(result.blocks).join('\n');

/** NOTES 000 §6: page-break splits in running text, L n joined with L n+2. */
const PAGE_BREAKS = [
  65, 73, 85, 91, 101, 111, 123, 129, 139, 145, 151, 157, 163, 177, 189, 199, 211, 225, 233, 247, 253, 263, 271, 281,
  315, 325, 337, 353, 395, 401, 423, 431, 443, 668, 682, 706, 722, 898, 906, 912, 928, 936, 942, 950, 958, 1005, 1013,
  1019, 1027, 1035, 1043, 1051, 1087, 1097, 1107, 1127,
];
/** NOTES: "L958/960 breaks right after 。 … Rules leave two paragraphs: accept." */
const UNDETECTABLE = [958];

describe('000: PDF-derived export', () => {
  test('is detected as PDF-derived from its measured signals', () => {
    expect(result.style).toBe('pdf');
    expect(result.styleSignals.blankAfterShare).toBeGreaterThan(0.9);
    expect(result.styleSignals.tabLines).toBe(174);
  });

  test('joins every detectable page-break split and logs each join with its line', () => {
    const joins = result.notes.filter((n) => n.kind === 'join').map((n) => n.line);
    const expected = PAGE_BREAKS.filter((n) => !UNDETECTABLE.includes(n)).map((n) => n + 2);
    expect(joins).toEqual(expected);
    for (const n of expected) expect(blockAt(result, n - 2)).toBe(blockAt(result, n));
  });

  test('leaves the split after a full stop (L958/960) as two paragraphs, as NOTES accepts', () => {
    expect(blockAt(result, 958)).not.toBe(blockAt(result, 960));
  });

  test('no paragraph starts with a fragment of the previous page', () => {
    for (const fragment of ['雁”战略定位', '部“脱钩”', '重庆”建设', '体化联合发展', '发展改革委)', '害事故等；']) {
      expect(
        result.blocks.some((b) => b.text.startsWith(fragment)),
        fragment,
      ).toBe(false);
    }
    expect(blockAt(result, 67)!.text).toContain('领头雁”战略定位');
    expect(blockAt(result, 265)!.text).toContain('建成 20个 AI');
  });

  test('removes bold markers, <p> tags, subscripts, autolinks, the delimiter remnant and the list bullet', () => {
    for (const debris of ['**', '<p>', '</p>', 'PM_{2.5}', '<http', '--------', '- 附件'])
      expect(all).not.toContain(debris);
    expect(all.match(/PM2\.5/g)).toHaveLength(1);
    expect(blockAt(result, 1148)!.text).toBe('网 址 : http://www.cqspb.gov.cn/');
    expect(blockAt(result, 734)!.text).toBe('附件：1. 名词解释');
    expect(result.notes.filter((n) => n.line === 784).map((n) => n.kind)).toEqual(['debris']);
    expect(blockAt(result, 784)).toBeUndefined();
  });

  test('joins soft-wrapped title blocks and subtitles, never the attachment list or the colophon', () => {
    expect(blockAt(result, 53)!.text).toBe('——2025 年 2 月 12 日在重庆市沙坪坝区第十九届人民代表大会第六次会议上');
    expect(blockAt(result, 373)!.text).toBe(
      '重庆市沙坪坝区人民政府关于印发《2025 年全区安全生产、防灾减灾救灾和消防工作要点》的通知',
    );
    expect(blockAt(result, 970)!.lines).toEqual([970, 973]);
    expect(blockAt(result, 755)!.text).toBe('沙坪坝区涉企行政检查“白名单”认定流程图');
    expect(result.blocks.filter((b) => b.lines[0] >= 734 && b.lines[1] <= 742)).toHaveLength(9);
    expect(result.blocks.filter((b) => b.lines[0] >= 1141)).toHaveLength(7);
  });

  test('keeps structural lines apart: label, 文号, title, addressees, issuer, date, status', () => {
    const starts = result.blocks.filter((b) => b.lines[0] >= 369 && b.lines[0] <= 387).map((b) => b.lines);
    expect(starts).toEqual([
      [369, 369],
      [371, 371],
      [373, 375],
      [377, 377],
      [379, 379],
      [381, 381],
      [383, 383],
      [385, 385],
      [387, 387],
    ]);
    expect(blockAt(result, 1063)!.text).toBe('沙府办发〔2025〕35 号');
    expect(blockAt(result, 56)!.text).toBe('重庆市沙坪坝区人民政府区长 肖庆华');
  });

  test('gives the work report 92 body blocks and one block per printed glossary number', () => {
    expect(result.blocks.filter((b) => b.lines[0] >= 58 && b.lines[0] <= 289)).toHaveLength(92);
    const glossary = result.blocks.filter((b) => b.lines[0] >= 293 && b.lines[0] <= 367);
    expect(glossary).toHaveLength(34);
    expect(glossary[11].text).toMatch(/^12\. 无废城市：.*持续推进固体废物源头减量/);
    expect(glossary[15].text).toContain('片区熟人头清的业特点');
  });

  test('leaves the table of contents as printed, with pages readable from the dot leaders', () => {
    const toc = result.blocks.filter((b) => b.lines[0] >= 21 && b.lines[0] <= 47);
    expect(toc).toHaveLength(14);
    const pages = toc.map((b) => splitTocLeader(b.text)?.page).filter((p) => p !== undefined);
    expect(pages).toEqual([1, 36, 59, 79, 92, 102]);
    expect(blockAt(result, 33)!.text).toBe('知.....(36)');
  });

  test('groups the four TAB tables of the D2 attachment with their blank lines kept', () => {
    const tables = result.blocks.filter((b) => b.kind === 'table' && b.lines[0] >= 469 && b.lines[1] <= 632);
    expect(tables.map((t) => t.lines)).toEqual([
      [471, 476],
      [480, 557],
      [561, 608],
      [612, 632],
    ]);
    const t2 = tables[1].rawLines!;
    expect(t2[0]).toBe('序号\t名称\t2025 年目标（内容）\t牵头单位\t责任单位');
    expect(t2[484 - 480]).toBe('');
    expect(t2[485 - 480]).toBe('\t\t导干部履职监督。\t\t');
    expect(tables[0].rawLines![5]).toContain('0.3‰以内');
  });

  test('keeps the form of 附件4 together, splitting its <p> paragraphs into lines', () => {
    const form = blockAt(result, 783)!;
    expect(form.kind).toBe('table');
    expect(form.rawLines).toContain('申报企业：（公章）');
    expect(form.rawLines).toContain('年 月 日');
  });

  test('keeps the source typos and letter-spacing verbatim', () => {
    for (const typo of [
      '并双校区',
      '主城区都市区',
      '区防减灾灾委',
      '救灾救固本强基',
      '安装200台',
      '思想 and 党的',
      '目 录',
      '通 知',
      '(023) 65368514',
    ]) {
      expect(all, typo).toContain(typo);
    }
  });
});
