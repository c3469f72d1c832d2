/** Acceptance checklist of NOTES.md for 002 (公报 2020年第2期, hard-wrapped), asserted on the imported content. */
import { beforeAll, describe, expect, test } from 'vitest';
import {
  SEED,
  headings,
  importInto,
  listEntries,
  paragraphs,
  readEntry,
  runInHeads,
  tables,
  tempContentDir,
  type Entry,
} from './helpers/seeds.ts';

let dir: string;
const notice = (slug: string) => readEntry(dir, `notices/${slug}`);
const FAXIN = [
  'sfzf-2020-039',
  'sfzf-2020-042',
  'sfzf-2020-065',
  'sfzf-2020-073',
  'sfzf-2020-074',
  'sfzf-2020-075',
  'sfzf-2020-076',
];
const BANGONGSHI = ['sfbf-2020-079', 'sfbf-2020-108', 'sfbf-2020-112', 'sfbf-2020-127', 'sfbf-2020-131'];
const pre = (body: string) => [...body.matchAll(/^```text\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);

beforeAll(() => {
  dir = tempContentDir();
  importInto(dir, [SEED.s002]);
});

describe('002: gazette issue', () => {
  test('names the issue from the running header only: 2020 issue 2, no 总第, date or printed contents, pages 2–114', () => {
    const g = readEntry(dir, 'gazettes/2020-02').data;
    expect(g).toMatchObject({
      name: '重庆市沙坪坝区人民政府公报',
      year: 2020,
      issue: 2,
      contentsPrinted: false,
      pages: [2, 114],
    });
    for (const field of ['cumulative', 'publishedDate', 'publisher']) expect(g[field] ?? null).toBeNull();
    expect(g.notBefore).toBe('2021-01-13');
  });

  test('lists the 13 top-level documents in body order', () => {
    const g = readEntry(dir, 'gazettes/2020-02').data;
    expect(g.contents.map((c: any) => c.report ?? c.notice)).toEqual(['work-report-2021', ...FAXIN, ...BANGONGSHI]);
  });
});

describe('002: documents', () => {
  test('creates 13 top-level documents and the forwarded notice as a child of 127号', () => {
    expect(listEntries(dir, 'notices')).toHaveLength(13);
    const child = notice('ygzgf-2020-008').data;
    expect(child).toMatchObject({
      parent: 'sfbf-2020-127',
      wenhao: '渝规资规范〔2020〕8号',
      signedDate: '2020-06-28',
      effectiveDate: '2020-07-01',
      issuer: '重庆市规划和自然资源局 重庆市农业农村委员会',
    });
    expect(child.attachments).toHaveLength(5);
    expect(child.importNotes.some((n: any) => /未印文号/.test(n.note))).toBe(true);
    expect(notice('sfbf-2020-127').data.effectiveDate ?? null).toBeNull();
  });

  test('labels D1–D8 区政府发文 and D9–D13 区政府办公室文件', () => {
    expect(readEntry(dir, 'reports/work-report-2021').data.section).toBe('区政府发文');
    for (const slug of FAXIN) expect(notice(slug).data.section).toBe('区政府发文');
    for (const slug of BANGONGSHI) expect(notice(slug).data.section).toBe('区政府办公室文件');
  });

  test('reads signing and 印发 dates; 73号 has no signing date', () => {
    const signed: Record<string, string | null> = {
      'sfzf-2020-039': '2020-07-01',
      'sfzf-2020-042': '2020-07-09',
      'sfzf-2020-065': '2020-09-17',
      'sfzf-2020-073': null,
      'sfzf-2020-074': '2020-11-25',
      'sfzf-2020-075': '2020-12-02',
      'sfzf-2020-076': '2020-12-14',
      'sfbf-2020-079': '2020-07-14',
      'sfbf-2020-108': '2020-09-10',
      'sfbf-2020-112': '2020-09-24',
      'sfbf-2020-127': '2020-11-16',
      'sfbf-2020-131': '2020-11-26',
    };
    const printed: Record<string, string> = {
      'sfzf-2020-065': '2020-09-22',
      'sfzf-2020-073': '2020-11-18',
      'sfbf-2020-131': '2020-11-27',
    };
    for (const [slug, date] of Object.entries(signed)) {
      const d = notice(slug).data;
      expect(d.signedDate ?? null).toBe(date);
      expect(d.printedDate).toBe(printed[slug] ?? date);
      expect(d.printedBy).toBe('重庆市沙坪坝区人民政府办公室');
    }
  });

  test('finds （此件公开发布） only on 39号 and 65号, and no addressee on 74号 or 75号', () => {
    const all = [...FAXIN, ...BANGONGSHI];
    expect(all.filter((s) => notice(s).data.publicRelease)).toEqual(['sfzf-2020-039', 'sfzf-2020-065']);
    expect(notice('sfzf-2020-074').data.addressees ?? null).toBeNull();
    expect(notice('sfzf-2020-075').data.addressees ?? null).toBeNull();
    expect(notice('sfbf-2020-079').data.addressees).toBe(
      '各镇人民政府、街道办事处，区政府各部门，各管委会，区属国有重点企业，有关单位',
    );
  });

  test('records repeals: 75号 repeals 沙府发〔2019〕18号, the forwarded notice two municipal documents; 74号 none', () => {
    const d75 = notice('sfzf-2020-075').data;
    expect(d75.repeals).toEqual([{ wenhao: '沙府发〔2019〕18号', title: null, document: null }]);
    expect(d75).toMatchObject({ effectiveText: '本通告自发布之日起施行', effectiveDate: '2020-12-02' });
    expect(notice('ygzgf-2020-008').data.repeals.map((r: any) => r.wenhao)).toEqual([
      '渝国土房管〔2014〕799号',
      '渝规资〔2019〕413号',
    ]);
    const d74 = notice('sfzf-2020-074').data;
    expect(d74.repeals ?? []).toEqual([]);
    expect(d74.effectiveDate ?? null).toBeNull();
  });

  test('keeps the meaningful space between two issuers in 127号’s title', () => {
    expect(notice('sfbf-2020-127').data.title).toBe(
      '重庆市沙坪坝区人民政府办公室关于转发《重庆市规划和自然资源局 重庆市农业农村委员会关于进一步规范设施农业用地管理的通知》的通知',
    );
  });
});

describe('002: the work report', () => {
  let report: Entry;
  beforeAll(() => {
    report = readEntry(dir, 'reports/work-report-2021');
  });

  test('reads date, meeting and the letter-spaced speaker', () => {
    expect(report.data).toMatchObject({
      deliveredDate: '2021-01-13',
      year: 2021,
      meeting: '重庆市沙坪坝区第十八届人民代表大会第七次会议',
      speaker: { name: '常斌', office: '重庆市沙坪坝区人民政府区长' },
    });
  });

  test('has 3 parts, 11 N、 headings, 6 （N） headings and 47 run-in heads (18 + 29)', () => {
    const h = headings(report.body);
    expect(h.filter(([l]) => l === 2)).toHaveLength(3);
    expect(h.filter(([, t]) => /^[一二三四五六七八九十]+、/.test(t))).toHaveLength(11);
    expect(h.filter(([, t]) => /^（[一二三四五六七八九十]+）/.test(t))).toHaveLength(6);
    const heads = runInHeads(report.body);
    expect(heads).toHaveLength(47);
    expect(heads[0]).toBe('战疫情取得重大成果');
    expect(heads[17 + 1]).toBe('推动科学城建设');
  });

  test('lists 32 glossary entries from 放管服 to 市域社会治理现代化试点; entry 25 crosses the page header intact', () => {
    const entries = report.data.glossary.map((slug: string) => readEntry(dir, `glossary/${slug}`).data);
    expect(new Set(entries.map((e: any) => e.definitions[0].number))).toEqual(
      new Set(Array.from({ length: 32 }, (_, i) => i + 1)),
    );
    expect(entries[0].term).toBe('放管服');
    expect(entries.at(-1).term).toBe('市域社会治理现代化试点');
    expect(entries.find((e: any) => e.definitions[0].number === 25).definitions[0].text).toContain(
      '构建共享共用共连的云平台服务体系',
    );
    expect(paragraphs(report.body).at(-1)).toMatch(/^沙坪坝区十八届人大七次会议秘书处/);
  });
});

describe('002: tables, lists and order', () => {
  test('rebuilds D3’s award lists as name + school tables of 10 and 15 rows, padded names as printed', () => {
    const d3 = notice('sfzf-2020-042');
    const [awards, nominees] = tables(d3.body);
    expect(awards[0]).toEqual(['姓名', '单位']);
    expect(awards.slice(1)).toHaveLength(10);
    expect(nominees.slice(1)).toHaveLength(15);
    expect(awards[1]).toEqual(['尹艺臻', '重庆市名校联合中学校']);
    expect(awards.slice(1).map((r) => r[0])).toContain('欧阳聪睿');
    expect(nominees.slice(1).filter((r) => r[0].includes(' '))).toEqual([
      ['罗 萱', '重庆市南开中学校'],
      ['谭 巍', '重庆市第一中学校'],
    ]);
    expect(pre(d3.body)).toEqual([]);
    expect(d3.data.importNotes.filter((n: any) => n.kind === 'header').map((n: any) => n.line)).toEqual([1477, 1503]);
  });

  test('rebuilds D4 附件1: 4 header cells wrapped over 2 lines, 11 units (9 优先保护单元), glued cells split and logged', () => {
    const d4 = notice('sfzf-2020-065');
    const units = tables(d4.body)[0];
    expect(units[0]).toEqual(['环境管控单元编码', '环境管控单元名称', '环境管控单元分类', '环境管控单元要素分区组成']);
    const rows = units.slice(1);
    expect(rows).toHaveLength(11);
    expect(rows.every((r) => /^ZH\d{11}$/.test(r[0]))).toBe(true);
    expect(rows.filter((r) => r[2].startsWith('优先保护单元'))).toHaveLength(9);
    expect(rows.filter((r) => r[2].startsWith('重点管控单元'))).toHaveLength(2);
    expect(rows[0]).toEqual([
      'ZH50010610001',
      '沙坪坝嘉陵江井口水源保护区',
      '优先保护单元 1',
      '生态保护红线、水环境优先保护区',
    ]);
    expect(rows[1]).toEqual([
      'ZH50010610002',
      '嘉陵江沙坪坝水厂 水源保护区（含中渡口、高家花园水厂）',
      '优先保护单元 2',
      '生态保护红线、水环境优先保护区',
    ]);
    expect(rows[8]).toEqual(['ZH50010610009', '沙坪坝区一般生态空间-水土保持功能', '优先保护单元 9', '一般生态空间']);
    expect(rows[10]).toEqual([
      'ZH50010620002',
      '沙坪坝区重点管控单元 2-梁滩河西溪桥段*',
      '重点管控单元 2',
      '水环境工业-城镇生活污染重点管控区',
    ]);
    const notes = d4.data.importNotes;
    expect(notes.filter((n: any) => n.kind === 'split').map((n: any) => n.line)).toEqual([1726, 1757]);
    expect(
      notes.some((n: any) => n.kind === 'join' && n.line === 1765 && /水环境工业-城镇生活污染重点管控区/.test(n.note)),
    ).toBe(true);
    expect(paragraphs(d4.body)).toContain(
      '*沙坪坝区“三线一单”编制基准年为 2017 年，不具备 2017 年数据的，采用 2016 年或最近年份的相关数据。',
    );
  });

  test('rebuilds D4 附件2: 14 articles in 4 merged categories (6/6/1/1), filled down and logged', () => {
    const d4 = notice('sfzf-2020-065');
    const rules = tables(d4.body)[1];
    expect(rules[0]).toEqual(['管控类别', '总体管控要求']);
    const rows = rules.slice(1);
    expect(rows.map((r) => r[1].match(/^第([一二三四五六七八九十]+)条/)?.[1])).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
      '十',
      '十一',
      '十二',
      '十三',
      '十四',
    ]);
    const counts = new Map<string, number>();
    for (const [category] of rows) counts.set(category, (counts.get(category) ?? 0) + 1);
    expect([...counts]).toEqual([
      ['空间布局约束', 6],
      ['污染物排放管控', 6],
      ['环境风险防控', 1],
      ['资源利用效率', 1],
    ]);
    expect(rows[10][1]).toContain('不符合生态建设和环境保护规划区域布局规定的工业项目禁止准入。');
    expect(rows[2][1]).toContain('重庆市市太寺垭');
    const fills = d4.data.importNotes.filter((n: any) => n.kind === 'fill-down');
    expect(fills.map((n: any) => n.line)).toEqual([1802, 1850]);
    expect(fills[0].note).toContain('1802、1808、1820、1830、1834');
  });

  test('rebuilds D8’s list: 31 rows numbered 1–31, unique codes, categories filled down within their class (23 传统技艺)', () => {
    const d8 = notice('sfzf-2020-076');
    const [list] = tables(d8.body);
    expect(list[0]).toEqual(['序号', '编号', '项目名称', '项目类别', '申报地区或单位']);
    const rows = list.slice(1);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 31 }, (_, i) => String(i + 1)));
    expect(new Set(rows.map((r) => r[1])).size).toBe(31);
    expect(rows[17].slice(0, 2)).toEqual(['18', 'Ⅷ—53']);
    expect(rows[5].slice(1, 3)).toEqual(['Ⅷ—41', '朱氏木雕技艺']);
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r[3], (counts.get(r[3]) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      民间文学: 1,
      传统音乐: 1,
      传统美术: 3,
      传统技艺: 23,
      传统医药: 2,
      民俗: 1,
    });
    // Each category belongs to one classification numeral of the codes.
    for (const r of rows)
      expect(r[1][0]).toBe(
        { 民间文学: 'Ⅰ', 传统音乐: 'Ⅱ', 传统美术: 'Ⅶ', 传统技艺: 'Ⅷ', 传统医药: 'Ⅸ', 民俗: 'Ⅹ' }[r[3]],
      );
    expect(rows[1]).toEqual([
      '2',
      'Ⅱ—2',
      '泛川派古琴艺术（“一缦居”古琴艺术、巴虞古琴艺术、“芯”古琴艺术、沙磁斫琴）',
      '传统音乐',
      '磁器口街道<br />沙坪坝街道',
    ]);
    expect(rows[15][2]).toBe('徐鼎盛民间菜制作技艺（鼎盛飞龙鱼制作技艺、鼎盛大刀烧白制作技艺、鼎盛花椒骨制作技艺）');
    expect(rows[16].slice(2)).toEqual(['曾胖娃番茄牛肉牛尾汤制作技艺', '传统技艺', '覃家岗街道']);
    expect(pre(d8.body)).toEqual([]);
    const fills = d8.data.importNotes.filter((n: any) => n.kind === 'fill-down');
    expect(fills.map((n: any) => n.line)).toEqual([2160, 2170, 2271]);
    expect(fills[1].note).toContain('2213');
  });

  test('keeps D9’s task table (no recurring row start) as its printed lines, with the reason', () => {
    const d9 = notice('sfbf-2020-079');
    const [tasks] = pre(d9.body);
    expect(tasks.split('\n')[0]).toBe('项目名称 项目内容 完成时限 责任单位');
    expect(tasks).toContain('1.康复机构服');
    expect(tables(d9.body)).toEqual([]);
    const note = d9.data.importNotes.find((n: any) => n.line === 2643);
    expect(note.kind).toBe('flag');
    expect(note.note).toMatch(/行首模式.*无法可靠重建/);
  });

  test('keeps D10’s 21 tasks with their 牵头单位', () => {
    const tasks = paragraphs(notice('sfbf-2020-108').body).filter((p) => /（牵头单位：[^）]+）/.test(p));
    expect(tasks).toHaveLength(21);
  });

  test('puts （一） back before （二） in 131号 and records the repair', () => {
    const d13 = notice('sfbf-2020-131');
    const h = headings(d13.body).map(([, t]) => t);
    expect(h.indexOf('（一）智慧医疗大数据资源池工程')).toBeLessThan(h.indexOf('（二）公共卫生与疾病防控智能化工程'));
    expect(h).toContain('（三）医疗辅助诊断与医学教育智能化工程');
    expect(d13.body).toMatch(/提供支持。/);
    expect(d13.data.importNotes.some((n: any) => n.kind === 'reorder' && /（二）/.test(n.note))).toBe(true);
  });

  test('leaves no running header, footer, leading space or leading punctuation in any block', () => {
    for (const path of [...listEntries(dir, 'notices'), 'reports/work-report-2021']) {
      const { body } = readEntry(dir, path);
      expect(body).not.toContain('公报 2020 年第 2 期');
      expect(body).not.toMatch(/^- \d+ -$/m);
      for (const block of body.split(/\n{2,}/)) expect(block).not.toMatch(/^[ ，、。]/);
    }
  });

  test('keeps the printed text: Roman numerals, ㎡ and the source typos', () => {
    const text = [...listEntries(dir, 'notices'), 'reports/work-report-2021']
      .map((p) => readEntry(dir, p).body)
      .join('\n');
    for (const kept of ['Ⅳ类', '㎡', '重庆市市太寺垭', '仔细甑别', '10 底前', '甲、乙、双方'])
      expect(text).toContain(kept);
  });
});
