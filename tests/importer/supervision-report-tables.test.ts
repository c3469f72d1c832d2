/** Acceptance checklist of NOTES.md for 004 (督查办 report on 2022 targets and tasks, Word-derived), asserted on the imported content. */
import { beforeAll, describe, expect, test } from 'vitest';
import {
  SEED,
  headings,
  importInto,
  listEntries,
  readEntry,
  tables,
  tempContentDir,
  type Entry,
} from './helpers/seeds.ts';

let dir: string;
let report: Entry;
let t: string[][][];

beforeAll(() => {
  dir = tempContentDir();
  importInto(dir, [SEED.s004]);
  report = readEntry(dir, 'reports/supervision-report-2022');
  t = tables(report.body);
});

describe('004: the supervision report', () => {
  test('is one 督查报告 from 督查办 to 区政府, with no 文号, date, signer or status', () => {
    expect(listEntries(dir, 'reports')).toEqual(['reports/supervision-report-2022']);
    expect(listEntries(dir, 'notices')).toEqual([]);
    expect(listEntries(dir, 'gazettes')).toEqual([]);
    expect(report.data).toMatchObject({
      kind: '督查报告',
      year: 2022,
      issuer: '重庆市沙坪坝区人民政府督查办',
      addressees: '区政府',
      period: '2022年1—9月',
      title: '重庆市沙坪坝区人民政府督查办关于2022年区政府工作报告重点任务前三季度推进情况的报告',
    });
    for (const field of ['deliveredDate', 'signedDate', 'signer', 'wenhao', 'statusLine'])
      expect(report.data[field] ?? null).toBeNull();
  });

  test('says it is undated and infers the writing date from the latest date in its text', () => {
    expect(report.data.dateNote).toContain('未注明日期');
    expect(report.data.dateNote).toContain('10月24日');
  });

  test('takes headings by pattern, not indentation, and has three attachments', () => {
    const h = headings(report.body);
    expect(h.filter(([l]) => l === 3).map(([, x]) => x)).toEqual([
      '一、10项经济社会发展预期目标情况',
      '二、131项重点工作任务进展情况',
    ]);
    expect(h.filter(([l]) => l === 2).map(([, x]) => x.split('\u3000')[0])).toEqual(['附件1', '附件2', '附件3']);
  });
});

describe('004: tables', () => {
  test('附件1: 5 header cells, 10 rows numbered 1–10, the empty row dropped', () => {
    expect(t[0][0]).toEqual(['序号', '2022年预期目标', '责任区领导', '责任单位', '进展情况']);
    expect(t[0].slice(1).map((r) => r[0])).toEqual(Array.from({ length: 10 }, (_, i) => String(i + 1)));
    expect(report.data.importNotes.some((n: any) => n.line === 98 && n.kind === 'debris')).toBe(true);
  });

  test('附件2: 6 header cells over 7 columns, 9 rows numbered 1–9, row 9 filled down to 加强社会治理创新', () => {
    expect(t[1][0].filter(Boolean)).toEqual(['序号', '工作任务', '责任区领导', '责任单位', '配合单位', '任务进展情况']);
    const rows = t[1].slice(1);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 9 }, (_, i) => String(i + 1)));
    expect(rows.every((r) => r.length === 7)).toBe(true);
    expect(rows[8][1]).toBe('加强社会治理创新');
  });

  test('附件3: 责任区领导 joined, 122 rows numbered by position, 10 empty 配合单位, 28 categories in the work report’s order', () => {
    expect(t[2][0].filter(Boolean)).toEqual(['序号', '工作任务', '责任区领导', '责任单位', '配合单位', '任务进展情况']);
    const rows = t[2].slice(1);
    expect(rows).toHaveLength(122);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 122 }, (_, i) => String(i + 1)));
    expect(rows.filter((r) => r[5] === '')).toHaveLength(10);
    const categories = [...new Set(rows.map((r) => r[1]))];
    expect(categories).toHaveLength(28);
    expect(categories[0]).toBe('联动共建科学城');
    expect(categories.at(-1)).toBe('筑牢廉洁底线');
    expect(categories).toContain('大力开展招商引资');
    expect(categories).toContain('大力发展数字经济');
    expect(rows.filter((r) => r[1] === '建好环大学创新生态圈')).toHaveLength(10);
    expect(report.data.importNotes.some((n: any) => /序号按行位置补全 98 处/.test(n.note))).toBe(true);
  });

  test('removes the 2 page footers and the bookmark, and records them', () => {
    expect(report.body).not.toMatch(/—\s*\d+\s*—/);
    expect(report.body).not.toContain('bookmark');
    const kinds = report.data.importNotes.map((n: any) => `${n.line}:${n.kind}`);
    expect(kinds).toContain('1153:bookmark');
    expect(report.data.importNotes.filter((n: any) => n.line === 25 || n.line === 27)).toHaveLength(2);
  });

  test('keeps the source slips verbatim', () => {
    for (const slip of ['综合运动各种措施', '底线。。', '隐形壁垒', '①一是', '3 %'])
      expect(report.body).toContain(slip);
  });
});
