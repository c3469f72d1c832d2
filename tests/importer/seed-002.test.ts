/** Acceptance checklist of NOTES.md for 002 (公报 2020年第2期, hard-wrapped), asserted on the imported content. */
import { beforeAll, describe, expect, test } from 'vitest';
import { SEED, headings, importInto, listEntries, paragraphs, readEntry, runInHeads, tempContentDir, type Entry } from './helpers/seeds.ts';

let dir: string;
const notice = (slug: string) => readEntry(dir, `notices/${slug}`);
const FAXIN = ['sfzf-2020-039', 'sfzf-2020-042', 'sfzf-2020-065', 'sfzf-2020-073', 'sfzf-2020-074', 'sfzf-2020-075', 'sfzf-2020-076'];
const BANGONGSHI = ['sfbf-2020-079', 'sfbf-2020-108', 'sfbf-2020-112', 'sfbf-2020-127', 'sfbf-2020-131'];
const pre = (body: string) => [...body.matchAll(/^```text\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);

beforeAll(() => {
  dir = tempContentDir();
  importInto(dir, [SEED.s002]);
});

describe('002: gazette issue', () => {
  test('names the issue from the running header only: 2020 issue 2, no 总第, date or printed contents, pages 2–114', () => {
    const g = readEntry(dir, 'gazettes/2020-02').data;
    expect(g).toMatchObject({ name: '重庆市沙坪坝区人民政府公报', year: 2020, issue: 2, contentsPrinted: false, pages: [2, 114] });
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
    expect(child).toMatchObject({ parent: 'sfbf-2020-127', wenhao: '渝规资规范〔2020〕8号', signedDate: '2020-06-28', effectiveDate: '2020-07-01', issuer: '重庆市规划和自然资源局 重庆市农业农村委员会' });
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
    const signed: Record<string, string | null> = { 'sfzf-2020-039': '2020-07-01', 'sfzf-2020-042': '2020-07-09', 'sfzf-2020-065': '2020-09-17', 'sfzf-2020-073': null, 'sfzf-2020-074': '2020-11-25', 'sfzf-2020-075': '2020-12-02', 'sfzf-2020-076': '2020-12-14', 'sfbf-2020-079': '2020-07-14', 'sfbf-2020-108': '2020-09-10', 'sfbf-2020-112': '2020-09-24', 'sfbf-2020-127': '2020-11-16', 'sfbf-2020-131': '2020-11-26' };
    const printed: Record<string, string> = { 'sfzf-2020-065': '2020-09-22', 'sfzf-2020-073': '2020-11-18', 'sfbf-2020-131': '2020-11-27' };
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
    expect(notice('sfbf-2020-079').data.addressees).toBe('各镇人民政府、街道办事处，区政府各部门，各管委会，区属国有重点企业，有关单位');
  });

  test('records repeals: 75号 repeals 沙府发〔2019〕18号, the forwarded notice two municipal documents; 74号 none', () => {
    const d75 = notice('sfzf-2020-075').data;
    expect(d75.repeals).toEqual([{ wenhao: '沙府发〔2019〕18号', title: null, document: null }]);
    expect(d75).toMatchObject({ effectiveText: '本通告自发布之日起施行', effectiveDate: '2020-12-02' });
    expect(notice('ygzgf-2020-008').data.repeals.map((r: any) => r.wenhao)).toEqual(['渝国土房管〔2014〕799号', '渝规资〔2019〕413号']);
    const d74 = notice('sfzf-2020-074').data;
    expect(d74.repeals ?? []).toEqual([]);
    expect(d74.effectiveDate ?? null).toBeNull();
  });

  test('keeps the meaningful space between two issuers in 127号’s title', () => {
    expect(notice('sfbf-2020-127').data.title).toBe('重庆市沙坪坝区人民政府办公室关于转发《重庆市规划和自然资源局 重庆市农业农村委员会关于进一步规范设施农业用地管理的通知》的通知');
  });
});

describe('002: the work report', () => {
  let report: Entry;
  beforeAll(() => {
    report = readEntry(dir, 'reports/work-report-2021');
  });

  test('reads date, meeting and the letter-spaced speaker', () => {
    expect(report.data).toMatchObject({ deliveredDate: '2021-01-13', year: 2021, meeting: '重庆市沙坪坝区第十八届人民代表大会第七次会议', speaker: { name: '常斌', office: '重庆市沙坪坝区人民政府区长' } });
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
    expect(new Set(entries.map((e: any) => e.definitions[0].number))).toEqual(new Set(Array.from({ length: 32 }, (_, i) => i + 1)));
    expect(entries[0].term).toBe('放管服');
    expect(entries.at(-1).term).toBe('市域社会治理现代化试点');
    expect(entries.find((e: any) => e.definitions[0].number === 25).definitions[0].text).toContain('构建共享共用共连的云平台服务体系');
    expect(paragraphs(report.body).at(-1)).toMatch(/^沙坪坝区十八届人大七次会议秘书处/);
  });
});

describe('002: tables, lists and order', () => {
  test('keeps the flattened tables verbatim: award lists 10 + 15, 11 control units, 31 ICH items, the 惠残 task table', () => {
    const [awards, nominees] = pre(notice('sfzf-2020-042').body);
    expect(awards.split('\n')).toHaveLength(10);
    expect(nominees.split('\n')).toHaveLength(15);
    const units = pre(notice('sfzf-2020-065').body).join('\n');
    expect(units.match(/^ZH\d{11}/gm)).toHaveLength(11);
    expect(units.match(/优先保护单元/g)).toHaveLength(9);
    const ich = pre(notice('sfzf-2020-076').body).join('\n');
    expect(ich.match(/^\d{1,2} [Ⅰ-Ⅹ]—\d+/gm)).toHaveLength(31);
    expect(ich).toContain('Ⅷ—41');
    expect(pre(notice('sfbf-2020-079').body).join('\n')).toContain('项目名称 项目内容 完成时限 责任单位');
  });

  test('keeps D4’s 14 articles and D10’s 21 tasks with their 牵头单位', () => {
    expect(paragraphs(notice('sfzf-2020-065').body).filter((p) => /^第[一二三四五六七八九十]+条/.test(p))).toHaveLength(14);
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
    const text = [...listEntries(dir, 'notices'), 'reports/work-report-2021'].map((p) => readEntry(dir, p).body).join('\n');
    for (const kept of ['Ⅳ类', '㎡', '重庆市市太寺垭', '仔细甑别', '10 底前', '甲、乙、双方']) expect(text).toContain(kept);
  });
});
