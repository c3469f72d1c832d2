/** Acceptance checklist of NOTES.md for 003 (2022 work report and five notices, Word-derived), asserted on the imported content. */
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
} from './helpers/seeds.ts';

let dir: string;
const notice = (slug: string) => readEntry(dir, `notices/${slug}`);

beforeAll(() => {
  dir = tempContentDir();
  importInto(dir, [SEED.s003]);
});

describe('003: documents', () => {
  test('creates one report and five notices, and no gazette', () => {
    expect(listEntries(dir, 'gazettes')).toEqual([]);
    expect(listEntries(dir, 'reports')).toEqual(['reports/work-report-2022']);
    expect(listEntries(dir, 'notices')).toEqual([
      'notices/sfbf-2022-010',
      'notices/sfbf-2022-016',
      'notices/sfbf-2022-055',
      'notices/sfzf-2022-008',
      'notices/sfzf-2022-021',
    ]);
  });

  test('reads 文号, signing dates, the two section labels (inherited) and the status lines', () => {
    const expected = [
      ['sfzf-2022-008', '沙府发〔2022〕8号', '2022-02-28', '区政府发文', '（此件公开发布）', [117, 500]],
      ['sfzf-2022-021', '沙府发〔2022〕21号', '2022-05-23', '区政府发文', '（此件公开发布）', [505, 1008]],
      ['sfbf-2022-010', '沙府办发〔2022〕10号', '2022-01-24', '区政府办公室文件', '（此件公开发布）', [1012, 1066]],
      ['sfbf-2022-016', '沙府办发〔2022〕16号', '2022-02-25', '区政府办公室文件', '（此件公开发布）', [1068, 1591]],
      ['sfbf-2022-055', '沙府办发〔2022〕55号', '2022-05-16', '区政府办公室文件', '(此件公开发布)', [1597, 2145]],
    ] as const;
    for (const [slug, wenhao, signed, section, status, lines] of expected) {
      const d = notice(slug).data;
      expect(d).toMatchObject({ wenhao, signedDate: signed, section, statusLine: status, publicRelease: true });
      expect(d.gazette ?? null).toBeNull();
      expect(d.source.lines).toEqual(lines);
    }
    expect(readEntry(dir, 'reports/work-report-2022').data.section ?? null).toBeNull();
  });

  test('keeps issuer and signer apart on 21号 and flags the mismatch', () => {
    const d = notice('sfzf-2022-021').data;
    expect(d.issuer).toBe('重庆市沙坪坝区人民政府');
    expect(d.signer).toBe('重庆市沙坪坝区人民政府办公室');
    expect(d.importNotes.some((n: any) => n.kind === 'flag' && n.line === 515)).toBe(true);
    expect(d.title).toContain('（2021—2025）的通知');
    expect(d.enclosedTitle).toBe('重庆市沙坪坝区“十四五”残疾人保障和发展规划（2021—2025年）');
  });

  test('joins a title whose line break falls inside 《》', () => {
    expect(notice('sfbf-2022-016').data.title).toBe(
      '重庆市沙坪坝区人民政府办公室关于印发《重庆市沙坪坝区森林火灾应急预案》的通知',
    );
  });

  test('records what 16号 repeals, with the off-site 文号 and title', () => {
    expect(notice('sfbf-2022-016').data.repeals).toEqual([
      {
        wenhao: '沙森防指〔2020〕8号',
        title: '重庆市沙坪坝区森林防灭火指挥部关于印发〈重庆市沙坪坝区森林火灾应急预案（暂行）〉的通知',
        document: null,
      },
    ]);
  });
});

describe('003: the work report', () => {
  test('reads date, meeting and speaker', () => {
    expect(readEntry(dir, 'reports/work-report-2022').data).toMatchObject({
      deliveredDate: '2022-01-07',
      year: 2022,
      meeting: '沙坪坝区第十九届人民代表大会第一次会议',
      speaker: { name: '肖庆华', office: '沙坪坝区人民政府区长' },
    });
  });

  test('has 3 parts, 8 （一） headings and 28 run-in task heads; the 5 —— goals stay plain', () => {
    const { body } = readEntry(dir, 'reports/work-report-2022');
    const h = headings(body);
    expect(h.filter(([l]) => l === 2).map(([, t]) => t)).toEqual([
      '过去五年及2021年工作回顾',
      '今后五年工作的指导思想和奋斗目标',
      '2022年工作安排',
    ]);
    expect(h.filter(([l]) => l === 3)).toHaveLength(8);
    const heads = runInHeads(body);
    expect(heads).toHaveLength(28);
    expect(heads[0]).toBe('联动共建科学城');
    expect(heads.at(-1)).toBe('筑牢廉洁底线');
    expect(paragraphs(body).filter((p) => p.startsWith('——'))).toHaveLength(5);
  });

  test('lists 34 glossary entries from 八项行动计划 to 以案四改, splitting two-term headings', () => {
    const r = readEntry(dir, 'reports/work-report-2022').data;
    const terms = r.glossary.map((slug: string) => readEntry(dir, `glossary/${slug}`).data);
    const numbers = new Set(terms.map((t: any) => t.definitions[0].number));
    expect(numbers.size).toBe(34);
    expect(terms[0].term).toBe('八项行动计划');
    expect(terms.at(-1).term).toBe('以案四改');
    expect(terms.filter((t: any) => t.definitions[0].heading === '五个科学、五个科技').map((t: any) => t.term)).toEqual(
      ['五个科学', '五个科技'],
    );
    expect(terms.filter((t: any) => /“/.test(t.definitions[0].heading ?? t.term)).length).toBeGreaterThanOrEqual(8);
    const e24 = terms.find((t: any) => t.term === '“龙饮嘉陵”沉浸式旅游新动线');
    expect(e24.definitions[0].text.match(/→/g)).toHaveLength(14);
  });
});

describe('003: tables', () => {
  test('rebuilds T-D2: 5-cell header, 6 group rows, 23 tasks in 44 rows, task 3 with 9 sub-rows', () => {
    const [t] = tables(notice('sfzf-2022-008').body);
    expect(t[0]).toEqual(['序号', '重点任务', '工作要求', '牵头单位', '责任单位']);
    const rows = t.slice(1);
    const groups = rows.filter((r) => r.slice(1).every((c) => c === ''));
    const data = rows.filter((r) => !groups.includes(r));
    expect(groups).toHaveLength(6);
    expect(data).toHaveLength(44);
    expect([...new Set(data.map((r) => r[0]))]).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
    expect(data.filter((r) => r[0] === '3')).toHaveLength(9);
    expect(data.filter((r) => r[0] === '3').every((r) => r[1] === '抓严重点行业领域安全专项整治')).toBe(true);
    expect(data.find((r) => r[0] === '2')![4]).toBe('相关部门和各镇街');
    expect(notice('sfzf-2022-008').data.importNotes.some((n: any) => n.kind === 'reorder' && n.line === 211)).toBe(
      true,
    );
  });

  test('rebuilds 专栏1 (11 × 4, header joined, four ＞ qualifiers) and T-D3 (33 × 4, 7 empty 责任单位)', () => {
    const d3 = notice('sfzf-2022-021');
    const t = tables(d3.body);
    const box1 = t.find((x) => x[0][3] === '指标属性')!;
    expect(box1.slice(1)).toHaveLength(11);
    expect(box1.flat().filter((c) => c.includes('＞'))).toHaveLength(4);
    const td3 = t.find((x) => x[0].join('|') === '序号|工作任务|牵头单位|责任单位')!;
    expect(td3.slice(1)).toHaveLength(33);
    expect(td3.slice(1).filter((r) => r[3] === '')).toHaveLength(7);
  });

  test('prints the one-cell boxes 专栏2–9 as a bold title and 59 items', () => {
    const body = notice('sfzf-2022-021').body;
    const boxes = runInHeads(body).filter((h) => /^专栏[2-9]/.test(h));
    expect(boxes).toHaveLength(8);
    const items = body.split(/\n{2,}/).filter((b) => /^\d+\\?[.．]/.test(b) || /^\d+．/.test(b));
    expect(items.length).toBeGreaterThanOrEqual(59);
  });

  test('has 4 章 and 14 节 in 21号', () => {
    const h = headings(notice('sfzf-2022-021').body);
    expect(h.filter(([, t]) => /^第[一二三四五六七八九十]+章/.test(t))).toHaveLength(4);
    expect(h.filter(([, t]) => /^第[一二三四五六七八九十]+节/.test(t))).toHaveLength(14);
  });

  test('gives 10号 3 + 12 headings and no table or attachment', () => {
    const d4 = notice('sfbf-2022-010');
    const h = headings(d4.body).filter(([l]) => l > 2);
    expect(h.filter(([, t]) => /^[一二三]、/.test(t))).toHaveLength(3);
    expect(h.filter(([, t]) => /^（[一二三四五六七八九十]+）/.test(t))).toHaveLength(12);
    expect(tables(d4.body)).toHaveLength(0);
    expect(d4.data.attachments ?? []).toEqual([]);
  });

  test('reads 16号: numbered headings 9/38/7/8, 5 attachments (4 listed, 附件3 lost), T-D5a 21 × 5, T-D5b 20 × 4', () => {
    const d5 = notice('sfbf-2022-016');
    const h = headings(d5.body).map(([, t]) => t);
    expect(h.filter((t) => /^\d+\s/.test(t))).toHaveLength(9);
    expect(h.filter((t) => /^\d+\.\d+(?!\.)\s*\S/.test(t))).toHaveLength(38);
    expect(h.filter((t) => /^\d+\.\d+\.\d+(?!\.)\s*\S/.test(t))).toHaveLength(7);
    expect(h.filter((t) => /^\d+\.\d+\.\d+\.\d+/.test(t))).toHaveLength(8);
    expect(d5.data.attachments.map((a: any) => a.number)).toEqual([1, 2, 3, 4, 5]);
    expect(d5.data.attachments[2]).toMatchObject({ contentPresent: false, listedTitle: '应急处置工作流程图' });
    expect(d5.body).toContain('<MissingFigure title="森林火灾应急处置工作流程图" />');
    const [a, b] = tables(d5.body);
    expect(a.slice(1)).toHaveLength(21);
    expect(a[0]).toHaveLength(5);
    expect(b.slice(1)).toHaveLength(20);
    const kinds = b.slice(1).map((r) => r[0]);
    expect([
      kinds.filter((k) => k === '常备队伍').length,
      kinds.filter((k) => k === '保障队伍').length,
      kinds.filter((k) => k === '群众队伍').length,
    ]).toEqual([13, 6, 1]);
  });

  test('reads 55号: 21 run-in points and T-D6 83 × 5 in 21 groups with its 完成时限 values', () => {
    const d6 = notice('sfbf-2022-055');
    expect(runInHeads(d6.body).filter((h) => /^[一二三四五六七八九十]+、/.test(h))).toHaveLength(21);
    const [t] = tables(d6.body);
    const rows = t.slice(1);
    expect(rows).toHaveLength(83);
    expect(new Set(rows.map((r) => r[0])).size).toBe(21);
    const deadline = (v: string) => rows.filter((r) => r[4] === v).length;
    expect([deadline('持续推进'), deadline('2022年12月前'), deadline('2022年8月前完成并持续推进')]).toEqual([
      62, 11, 6,
    ]);
    expect(rows.filter((r) => r[3] === '')).toHaveLength(4);
    expect(rows.filter((r) => r[3] === '——')).toHaveLength(3);
  });
});

describe('003: debris', () => {
  test('leaves no bookmark marker and records each deletion', () => {
    const all = listEntries(dir, 'notices').map((p) => readEntry(dir, p));
    expect(all.some((e) => e.text.includes('[bookmark:') && !/note: .*\[bookmark:/.test(e.text))).toBe(false);
    for (const e of all) expect(e.body).not.toContain('bookmark');
    const deleted = all.flatMap((e) => e.data.importNotes ?? []).filter((n: any) => n.kind === 'bookmark');
    expect(deleted.length).toBeGreaterThanOrEqual(69);
  });
});
