/** The `附件：` lists of the real seeds: every item listed, none of them a heading, in every imported document. */
import { beforeAll, describe, expect, test } from 'vitest';
import { compact } from '../../src/importer/vocabulary/text.ts';
import { SEED, headings, importInto, listEntries, readEntry, tempContentDir, type Entry } from './helpers/seeds.ts';

let dir: string;
let documents: [string, Entry][];
const entry = (path: string) => documents.find(([p]) => p === path)![1];

beforeAll(() => {
  dir = tempContentDir();
  importInto(dir, [SEED.s000, SEED.s002, SEED.s003, SEED.s004]);
  documents = [...listEntries(dir, 'notices'), ...listEntries(dir, 'reports')].map((p) => [p, readEntry(dir, p)]);
});

/** Top-level blocks of a body: [heading level or 0, text without escapes and bold marks]. */
const blocksOf = (body: string): [number, string][] =>
  body
    .split(/\n{2,}/)
    .filter((b) => b.trim())
    .map((b) => {
      const m = /^(#{1,6}) (.*)$/.exec(b);
      const text = (m ? m[2] : b).replace(/\*\*/g, '').replace(/\\(.)/g, '$1').trim();
      return [m ? m[1].length : 0, text];
    });

/** The `附件：` paragraph, the numbered paragraphs right after it, and the block that ends them (a heading as `## …`). */
function listedAfter(body: string, lead: string): string[] {
  const blocks = blocksOf(body).map(([level, text]) => (level ? `${'#'.repeat(level)} ${text}` : text));
  const at = blocks.findIndex((p) => p.startsWith(lead));
  expect(at, `no paragraph starting “${lead}”`).toBeGreaterThanOrEqual(0);
  let end = at + 1;
  while (end < blocks.length && /^\d{1,2}[.．、]/.test(blocks[end])) end++;
  return blocks.slice(at, end + 1);
}

describe('attachment lists in the seeds', () => {
  test('no heading in any imported document is an item of its 附件： list', () => {
    let lists = 0;
    for (const [path, { body, data }] of documents) {
      const blocks = blocksOf(body);
      // Between an 附件： paragraph and the next ## heading (an attachment or enclosed title) nothing is a heading.
      blocks.forEach(([level, text], i) => {
        if (level || !/^附件[：:]/.test(text)) return;
        lists++;
        const next = blocks.findIndex(([l], k) => k > i && l === 2);
        const between = blocks.slice(i + 1, next < 0 ? blocks.length : next);
        expect(
          between.filter(([l]) => l > 0),
          `${path}: heading after the 附件： list`,
        ).toEqual([]);
      });
      // No heading anywhere reads as a numbered attachment title of the document.
      const titles = new Set(
        (data.attachments ?? [])
          .flatMap((a: any) => [a.title, a.listedTitle])
          .filter(Boolean)
          .map(compact),
      );
      const numbered = headings(body).filter(
        ([, h]) => titles.has(compact(h.replace(/^\d{1,2}[.．、]/, '').replace(/[；;。]$/, ''))) && /^\d/.test(h),
      );
      expect(numbered, `${path}: attachment titles as headings`).toEqual([]);
    }
    // 42号, 65号, the 000 D3 list, 127号 and its forwarded notice, 008, 039, 079, 016, the 督查报告.
    expect(lists).toBeGreaterThanOrEqual(10);
  });

  test('42号 lists both award lists, then its signature', () => {
    expect(listedAfter(entry('notices/sfzf-2020-042').body, '附件：')).toEqual([
      '附件：1. 第八届沙坪坝区青少年科技创新区长奖名单',
      '2. 第八届沙坪坝区青少年科技创新区长奖提名奖名单',
      '重庆市沙坪坝区人民政府',
    ]);
  });

  test('65号 lists both tables, then its signature, and its body headings stay 一、 to （N）', () => {
    const { body } = entry('notices/sfzf-2020-065');
    expect(listedAfter(body, '附件：')).toEqual([
      '附件：1.沙坪坝区环境管控单元统计表',
      '2.沙坪坝区总体管控要求表',
      '重庆市沙坪坝区人民政府',
    ]);
    const own = headings(body).filter(([level]) => level > 2);
    expect(own.every(([, h]) => /^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(h))).toBe(true);
  });

  test("the 000 D3 notice lists all 9 attachments, flush and indented items alike, under the 意见's five headings", () => {
    const { body, data } = entry('notices/sfzf-2025-025');
    const list = listedAfter(body, '附件：');
    expect(list[0]).toBe('附件：1. 名词解释');
    expect(list.slice(1, 9).map((p) => p.replace(/^\d\. /, ''))).toEqual(
      data.attachments.slice(1).map((a: any) => a.listedTitle ?? a.title),
    );
    expect(list.slice(1, 9).map((p) => Number(p[0]))).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(list[9]).toBe('## 附件1　名词解释');
    const own = headings(body)
      .filter(([level]) => level > 2)
      .map(([level, h]) => [level, h.slice(0, 2)]);
    expect(own).toEqual([
      [3, '一、'],
      [3, '二、'],
      [3, '三、'],
      [3, '四、'],
      [3, '五、'],
    ]);
  });

  test('the other lists keep their items as paragraphs: 016 (4), the 督查报告 (3), the forwarded 8号 (5)', () => {
    const count = (path: string) => listedAfter(entry(path).body, '附件：').length - 1;
    expect(count('notices/sfbf-2022-016')).toBe(4);
    expect(count('reports/supervision-report-2022')).toBe(3);
    expect(count('notices/ygzgf-2020-008')).toBe(5);
  });

  test('the hanging-indent list of 127号 is one paragraph naming the forwarded notice', () => {
    const list = listedAfter(entry('notices/sfbf-2020-127').body, '附件：');
    expect(list).toEqual([
      '附件：《重庆市规划和自然资源局 重庆市农业农村委员会关于进一步规范设施农业用地管理的通知》（渝规资规范〔2020〕8 号）',
      '重庆市沙坪坝区人民政府办公室',
    ]);
  });
});
