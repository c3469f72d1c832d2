/** Acceptance checklist of NOTES.md for 000 (公报 2025年第1期, PDF-derived), asserted on the imported content. */
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
const NOTICES = ['sfzf-2025-008', 'sfzf-2025-025', 'sfbf-2025-013', 'sfbf-2025-019', 'sfbf-2025-035'];

beforeAll(() => {
  dir = tempContentDir();
  importInto(dir, [SEED.s000]);
});

describe('000: gazette issue', () => {
  test('reads the cover: name, year, issue, 总第12期, publisher and publication date', () => {
    const g = readEntry(dir, 'gazettes/2025-01').data;
    expect(g).toMatchObject({
      name: '重庆市沙坪坝区人民政府公报',
      year: 2025,
      issue: 1,
      cumulative: 12,
      publisher: '重庆市沙坪坝区人民政府办公室',
      publishedDate: '2025-12-31',
    });
  });

  test('reads the six contents entries with their printed pages, in body order', () => {
    const g = readEntry(dir, 'gazettes/2025-01').data;
    expect(g.contents.map((c: any) => c.page)).toEqual([1, 36, 59, 79, 92, 102]);
    expect(g.contents.map((c: any) => c.report ?? c.notice)).toEqual(['work-report-2025', ...NOTICES]);
    expect(g.contents[1].title).toBe('关于印发《2025年全区安全生产、防灾减灾救灾和消防工作要点》的通知');
    expect(g.contents.map((c: any) => c.section ?? null)).toEqual([
      null,
      '区政府文件',
      '区政府文件',
      '区政府办公室文件',
      '区政府办公室文件',
      '区政府办公室文件',
    ]);
  });

  test('reads the colophon: 7 fields, letter-spaced labels joined, the URL without its autolink brackets', () => {
    const { colophon } = readEntry(dir, 'gazettes/2025-01').data;
    expect(Object.keys(colophon)).toHaveLength(7);
    expect(colophon).toMatchObject({
      主管单位: '重庆市沙坪坝区人民政府',
      邮政编码: '400038',
      网址: 'http://www.cqspb.gov.cn/',
      联系电话: '(023) 65368514',
    });
  });
});

describe('000: documents', () => {
  test('finds the report and exactly the five notices; no quoted 文号 becomes a document', () => {
    expect(listEntries(dir, 'reports')).toEqual(['reports/work-report-2025']);
    expect(listEntries(dir, 'notices')).toEqual(NOTICES.map((s) => `notices/${s}`).sort());
  });

  test('reads 文号, signing dates, labels and status lines', () => {
    const expected = [
      ['sfzf-2025-008', '沙府发〔2025〕8号', '2025-03-05', '区政府文件', '（此件公开发布）', true],
      ['sfzf-2025-025', '沙府发〔2025〕25号', '2025-07-16', '区政府文件', '（此件公开发布）', true],
      ['sfbf-2025-013', '沙府办发〔2025〕13号', '2025-02-20', '区政府办公室发文', '（此件公开发布）', true],
      ['sfbf-2025-019', '沙府办发〔2025〕19号', '2025-03-06', '区政府办公室发文', '（此件公开发布）', true],
      ['sfbf-2025-035', '沙府办发〔2025〕35号', '2025-05-20', '区政府办公室发文', '（本文有删减）', false],
    ] as const;
    for (const [slug, wenhao, signed, section, status, publicRelease] of expected) {
      expect(notice(slug).data).toMatchObject({
        wenhao,
        signedDate: signed,
        section,
        statusLine: status,
        publicRelease,
        gazette: '2025-01',
      });
    }
    expect(notice('sfzf-2025-008').data.wenhaoPrinted).toBe('沙府发〔2025〕8 号');
    expect(readEntry(dir, 'reports/work-report-2025').data.section).toBe('政府工作报告');
  });

  test('joins title blocks without bold marks or letter-spacing, and finds the 文号 printed after the title', () => {
    expect(notice('sfbf-2025-019').data.title).toBe(
      '重庆市沙坪坝区人民政府办公室关于印发《高校毕业生等青年留沙来沙就业创业行动计划实施方案（2025—2027年）》的通知',
    );
    expect(notice('sfbf-2025-035').data.title).toBe(
      '重庆市沙坪坝区人民政府办公室关于印发《沙坪坝区加强和改进“一老一幼”服务工作方案》的通知',
    );
    for (const slug of NOTICES) expect(notice(slug).data.title).not.toMatch(/[\u4e00-\u9fa5]\s+[\u4e00-\u9fa5]|\*\*/);
  });

  test('keeps the enclosed title and D3’s validity clause', () => {
    expect(notice('sfzf-2025-025').data.enclosedTitle).toBe('沙坪坝区涉企行政检查“白名单”制度实施意见（试行）');
    expect(notice('sfzf-2025-025').data.effectiveText).toContain('试行2年');
  });
});

describe('000: the work report', () => {
  let report: Entry;
  beforeAll(() => {
    report = readEntry(dir, 'reports/work-report-2025');
  });

  test('reads date, meeting and speaker from the subtitle and speaker line', () => {
    expect(report.data).toMatchObject({
      deliveredDate: '2025-02-12',
      year: 2025,
      meeting: '重庆市沙坪坝区第十九届人民代表大会第六次会议',
      speaker: { name: '肖庆华', office: '重庆市沙坪坝区人民政府区长' },
    });
  });

  test('has 2 parts, 5 + 9 一、 headings and 15 + 30 run-in （一） heads', () => {
    const main = report.body;
    const h = headings(main);
    expect(h.filter(([l]) => l === 2).map(([, t]) => t)).toEqual(['2024 年工作回顾', '2025 年工作安排']);
    expect(h.filter(([l]) => l === 3)).toHaveLength(14);
    const heads = runInHeads(main).filter((t) => /^（[一二三四五六七八九十]+）/.test(t));
    expect(heads).toHaveLength(45);
    expect(heads[0]).toBe('（一）科技创新动力不断积聚');
    expect(heads.at(-1)).toBe('（四）突出清正廉洁强化作风建设');
  });

  test('re-joins the body into 92 blocks; the 名词解释 lives in the glossary entries, not in the body', () => {
    expect(report.body.trim().split(/\n{2,}/)).toHaveLength(92);
    expect(report.body).not.toContain('十项行动》');
  });

  test('lists 33 glossary terms in printed order, first 十项行动, last “141”基层治理体系 printed as 34', () => {
    expect(report.data.glossary).toHaveLength(33);
    expect(report.data.glossary[0]).toBe('shi-xiang-xing-dong');
    const last = readEntry(dir, `glossary/${report.data.glossary.at(-1)}`).data;
    expect(last.term).toBe('“141”基层治理体系');
    expect(last.definitions[0]).toMatchObject({ report: 'work-report-2025', number: 34, year: 2025 });
  });

  test('merges the stray 33. into entry 32 and keeps 的业特点 in entry 16', () => {
    const entries = report.data.glossary.map((slug: string) => readEntry(dir, `glossary/${slug}`).data);
    const e32 = entries.find((e: any) => e.term === '“5+1”综合行政执法队伍');
    expect(e32.definitions[0].text).toMatch(/5 ?支综合行政执法队伍，镇（街道）设置 1 支综合行政执法队伍。$/);
    expect(entries[15].definitions[0].text).toContain('的业特点');
    expect(report.data.importNotes.some((n: any) => n.line === 365 && n.kind === 'join')).toBe(true);
  });
});

describe('000: D2 tables', () => {
  let body: string;
  beforeAll(() => {
    body = notice('sfzf-2025-008').body;
  });

  test('has 25 run-in items across 6 sections', () => {
    const enclosed = body.split(/^## 附件/m)[0];
    expect(headings(enclosed).filter(([l, t]) => l === 3 && /^[一二三四五六]、/.test(t))).toHaveLength(6);
    expect(runInHeads(enclosed).filter((t) => /^\d+\. /.test(t))).toHaveLength(25);
  });

  test('rebuilds the four TAB tables with 5, 65, 42 and 19 rows', () => {
    const t = tables(body);
    expect(t.map((x) => x.length - 1)).toEqual([5, 65, 42, 19]);
    expect(t[0][5]).toEqual(['5', '森林火灾受害率', '0.3‰以内', '区林业局', '区防减救灾委各成员单位，各镇街']);
    expect(new Set(t[1].slice(1).map((r) => r[0])).size).toBe(22);
    expect(new Set(t[2].slice(1).map((r) => r[0])).size).toBe(18);
    expect(new Set(t[3].slice(1).map((r) => r[0])).size).toBe(12);
  });

  test('merges page-break continuation rows and name fragments', () => {
    const t2 = tables(body)[1];
    expect(t2.find((r) => r[2].startsWith('③强化安全生产、防灾减灾救灾工作督查'))![2]).toMatch(
      /加强党政领导干部履职监督。$/,
    );
    expect(t2.filter((r) => r[0] === '21')[0][1]).toBe('加强应急协调能力建设');
    expect(t2.filter((r) => r[0] === '13').every((r) => r[1] === '抓好救灾救助和恢复重建')).toBe(true);
    expect(tables(body)[3].filter((r) => r[0] === '8')[0][1]).toBe('加强城乡火灾防控基础设施建设');
    for (const table of tables(body)) expect(table.slice(1).every((r) => r[0] !== '')).toBe(true);
  });
});

describe('000: D3 attachments and the other notices', () => {
  test('finds 9 attachments; 附件2 lost its figure; the templates are preformatted, not tables', () => {
    const d3 = notice('sfzf-2025-025');
    expect(d3.data.attachments).toHaveLength(9);
    expect(d3.data.attachments[1]).toMatchObject({ number: 2, contentPresent: false });
    expect(d3.body).toContain('<MissingFigure title="沙坪坝区涉企行政检查“白名单”认定流程图" />');
    expect(tables(d3.body)).toHaveLength(0);
    expect((d3.body.match(/^```text$/gm) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  test('counts D4’s 19 items in 5 groups and D5’s 15 items in 3 groups', () => {
    const d4 = notice('sfbf-2025-013').body;
    expect(
      runInHeads(d4).filter((t) => /^\d+\. ?/.test(t)).length +
        paragraphs(d4).filter((p) => /^\d+\. ?/.test(p) && !runInHeads(d4).some((h) => p.startsWith(h))).length,
    ).toBe(19);
    expect(headings(d4).filter(([, t]) => /^（[一二三四五]）/.test(t))).toHaveLength(5);
    const d5 = notice('sfbf-2025-019').body;
    expect(headings(d5).filter(([, t]) => /^（[一二三]）/.test(t))).toHaveLength(3);
  });
});

describe('000: traps', () => {
  const all = () => [...NOTICES.map((s) => notice(s)), readEntry(dir, 'reports/work-report-2025')];

  test('no paragraph starts with a page-break fragment', () => {
    const starts = all().flatMap((e) => paragraphs(e.body));
    for (const fragment of [
      '雁”战略定位',
      '部“脱钩”',
      '重庆”建设',
      '体化联合发展',
      '发展改革委)',
      '害事故等；',
      '33. 行政执法队伍',
    ]) {
      expect(starts.filter((p) => p.startsWith(fragment))).toEqual([]);
    }
  });

  test('removes debris: no bold marks from the export, <p>, PM_{2.5}, delimiter rows, autolinks or list bullets', () => {
    const text = all()
      .map((e) => e.body.replace(/^\*\*.+?\*\*/gm, ''))
      .join('\n');
    for (const debris of ['**', '<p>', 'PM\\_\\{2.5\\}', '--------', '<http', '\\- 附件'])
      expect(text).not.toContain(debris);
    expect(text.match(/PM2\.5/g)).toHaveLength(1);
  });

  test('keeps the source typos verbatim (body and glossary definitions)', () => {
    const glossary = readEntry(dir, 'reports/work-report-2025').data.glossary.map(
      (slug: string) => readEntry(dir, `glossary/${slug}`).text,
    );
    const text = [...all().map((e) => e.body), ...glossary].join('\n');
    for (const typo of ['并双校区', '主城区都市区', '区防减灾灾委', '救灾救固本强基', '安装200台', ' and '])
      expect(text).toContain(typo);
  });
});
