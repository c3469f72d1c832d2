/** 002 (hard-wrapped gazette 2020年第2期): facts from NOTES.md, asserted on the real export. */
import { describe, expect, test } from 'vitest';
import { blockAt, readSeed, texts } from './helpers.ts';

const result = readSeed('002');
const all = texts(result.blocks).join('\n');

/** NOTES 002 §4: the J-rules give 103 blocks in L1–1114, starting at these lines. */
const REPORT_STARTS = [
  1, 3, 5, 9, 11, 13, 17, 19, 21, 40, 54, 66, 81, 97, 109, 125, 126, 144, 146, 148, 162, 175, 185, 187, 205, 222, 234,
  236, 250, 267, 275, 277, 306, 320, 334, 336, 350, 365, 377, 379, 387, 396, 408, 412, 426, 458, 466, 468, 478, 507,
  523, 533, 605, 607, 620, 622, 624, 628, 652, 665, 677, 689, 691, 695, 724, 742, 744, 750, 767, 781, 795, 797, 800,
  812, 828, 840, 842, 845, 859, 873, 885, 887, 890, 908, 918, 932, 934, 937, 957, 973, 986, 988, 992, 1006, 1020, 1035,
  1051, 1053, 1055, 1069, 1080, 1090, 1102,
];

describe('002: hard-wrapped export', () => {
  test('is detected as hard-wrapped from its measured signals', () => {
    expect(result.style).toBe('hard-wrapped');
    expect(result.styleSignals.blankAfterShare).toBeGreaterThan(0.85);
    expect(result.styleSignals.medianWidth).toBe(26);
    expect(result.styleSignals.maxWidth).toBe(40.5);
    expect(result.styleSignals.pageStartLines).toBe(108);
  });

  test('re-joins the work report into the 103 blocks of NOTES, at the listed start lines', () => {
    const report = result.blocks.filter((b) => b.lines[0] <= 1114);
    expect(report.map((b) => b.lines[0])).toEqual(REPORT_STARTS);
    expect(report.every((b) => b.kind === 'text')).toBe(true);
  });

  test('gives the 名词解释 its 32 entries as blocks, 35 blocks with heading and closing line', () => {
    const region = result.blocks.filter((b) => b.lines[0] >= 1115 && b.lines[0] <= 1365);
    expect(region).toHaveLength(35);
    const entries = region.filter((b) => /^\d+\./.test(b.text));
    expect(entries).toHaveLength(32);
    expect(entries.map((b) => Number(b.text.match(/^\d+/)![0]))).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(entries[0].text).toMatch(/^1\.放管服：/);
    expect(entries[31].text).toMatch(/^32\.市域社会治理现代化试点：/);
    expect(entries[24].text).toContain('构建共享共用共连的云平台服务体系');
    expect(entries[5].text).toMatch(/^6\.数字经济：/);
    expect(region[34].text).toBe('沙坪坝区十八届人大七次会议秘书处 2021 年 1 月');
  });

  test('removes the running headers and page footers and joins the sentences they cut', () => {
    expect(all).not.toMatch(/公报 2020 年第 2 期/);
    expect(result.blocks.some((b) => /^- \d+ -$/.test(b.text))).toBe(false);
    const debris = result.notes.filter((n) => n.kind === 'debris').map((n) => n.line);
    expect(debris).toEqual([444, 446, 1296, 1298, 2636, 2638, 3862, 3864, 3984, 3986]);
    expect(blockAt(result, 440)!.text).toContain('只要紧紧扭住发展第一要务');
    expect(blockAt(result, 3980)!.text).toContain('配套的检验检疫监测');
    expect(blockAt(result, 440)).toBe(blockAt(result, 448));
  });

  test('numbers the pages so that every footer closes its page', () => {
    const pageOf = (line: number) => result.blocks.find((b) => b.lines[0] === line)?.page;
    // NOTES 002 §2: each document, enclosure and attachment begins a new page.
    expect(pageOf(1)).toBe(2);
    const documents: [number, number][] = [
      [1366, 33],
      [1429, 35],
      [1534, 39],
      [1910, 47],
      [1979, 49],
      [2022, 51],
      [2104, 54],
      [2280, 57],
      [3336, 71],
      [3706, 81],
      [3887, 86],
      [3943, 88],
      [4845, 106],
      [1115, 27],
    ];
    for (const [line, page] of documents) expect(pageOf(line), `L${line}`).toBe(page);
    expect(result.blocks.at(-1)!.page).toBe(114);
    // The text right before each footer is on the footer's page, the text right after on the next one.
    for (const [line, page] of [
      [2632, 65],
      [3858, 84],
    ])
      expect(blockAt(result, line)!.page, `L${line}`).toBe(page);
    expect(pageOf(2640)).toBe(66);
    expect(pageOf(3866)).toBe(85);
    expect(result.notes.find((n) => n.kind === 'join' && n.line === 448)?.note).toContain('第 12 页');
    expect(result.notes.find((n) => n.kind === 'join' && n.line === 3988)?.note).toContain('第 89 页');
  });

  test('marks page starts: each one opens a block, is logged as a page-break join, or lies in a form', () => {
    const afterFooter = [448, 1300, 2640, 3866, 3988];
    const starts = result.sourceLines.flatMap((l, i) => (/^ \S/.test(l) || afterFooter.includes(i + 1) ? [i + 1] : []));
    expect(starts).toHaveLength(108 + 5);
    const joins = new Set(result.notes.filter((n) => n.kind === 'join').map((n) => n.line));
    for (const line of starts) {
      const block = blockAt(result, line)!;
      const accounted =
        (block.lines[0] === line && block.pageStart) || joins.has(line) || block.kind === 'preformatted';
      expect(accounted, `L${line}`).toBe(true);
    }
    expect(blockAt(result, 36)!.lines[0]).toBe(21);
    expect(joins.has(36)).toBe(true);
  });

  test('keeps the forms of the forwarded notice (附件 2–4) as printed, and its list and template as text', () => {
    const forms = result.blocks.filter((b) => b.kind === 'preformatted');
    expect(forms.map((b) => b.lines)).toEqual([
      [4387, 4538],
      [4542, 4655],
      [4659, 4724],
    ]);
    expect(forms[0].rawLines![0]).toBe('编号： 区（县、自治县） 乡（镇）〔20 〕第 号 单位：公顷');
    expect(forms[0].rawLines).toContain('年 月 日');
    expect(forms[0].page).toBe(98);
    expect(blockAt(result, 4386)!.text).toBe('设施农业用地备案表');
    expect(blockAt(result, 4347)!.kind).toBe('text');
    expect(blockAt(result, 4755)!.text).toBe('一、项目名称： 。');
  });

  test('strips the page-start space: no block starts with a space or with ，、。', () => {
    expect(result.blocks.filter((b) => /^[ ，、。]/.test(b.text)).map((b) => b.lines)).toEqual([]);
    expect(blockAt(result, 1158)!.text).toMatch(/^6\.数字经济/);
  });

  test('moves the stray 。 of the out-of-order D13 block back onto the paragraph it closes', () => {
    expect(blockAt(result, 5061)!.text).toMatch(/提供支持。$/);
    expect(result.notes.find((n) => n.kind === 'reorder')?.line).toBe(5085);
  });

  test('keeps structural lines apart and joins the hanging 附件： list entry', () => {
    expect(blockAt(result, 1371)!.text).toBe('沙府发〔2020〕39 号');
    expect(blockAt(result, 1393)!.text).toBe('（此件公开发布）');
    expect(blockAt(result, 1428)!.text).toBe('重庆市沙坪坝区人民政府办公室 2020 年 7月 1 日印发');
    expect(blockAt(result, 3934)!.text).toBe(
      '附件：《重庆市规划和自然资源局 重庆市农业农村委员会关于进一步规范设施农业用地管理的通知》（渝规资规范〔2020〕8 号）',
    );
    expect(blockAt(result, 2094)!.text).toContain('原通告（沙府发〔2019〕18号）同时废止。');
  });

  test('keeps flattened table rows apart instead of running them together', () => {
    expect(blockAt(result, 1741)!.text).toBe('ZH50010610003 缙云山国家级自然保护区 优先保护单元 3 生态保护红线');
    const articles = result.blocks.filter((b) => /^第[一二三四五六七八九十]+条/.test(b.text));
    expect(articles).toHaveLength(14);
    expect(blockAt(result, 2137)!.text).toBe('1 Ⅰ—5 沙坪坝民间故事 民间文学 沙坪坝区文化馆');
  });

  test('keeps what is printed: Roman numerals, ㎡, meaningful spaces and typos', () => {
    for (const kept of [
      'Ⅷ—41',
      'Ⅳ类',
      '㎡',
      '重庆市规划和自然资源局 重庆市农业农村委员会',
      '重庆市市太寺垭',
      '仔细甑别',
      '10 底前',
      '甲、乙、双方',
      '常 斌',
    ]) {
      expect(all, kept).toContain(kept);
    }
  });
});
