/**
 * Editions: one text exported in two styles is compared by wording (0 differences without a
 * change, exactly the planted ones with), stored as two editions with --edition, re-imported
 * byte-identically, and validated by the content checker.
 */
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { originalReport, PLANTED, PLANTED_DEFINITION, restyledReport } from '../../src/bench/edition-pairs.ts';
import { compareWording } from '../../src/lib/editions/compare.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { importInto, readEntry, snapshot, tempContentDir } from './helpers/seeds.ts';

const exportsDir = mkdtempSync(join(tmpdir(), 'spb-editions-'));
const write = (name: string, text: string) => {
  const path = join(exportsDir, name);
  writeFileSync(path, text);
  return path;
};
const WORD = write('report-word.txt', originalReport());
const SAME = write('report-restyled.txt', restyledReport());
const CHANGED = write('report-changed.txt', restyledReport([...PLANTED, PLANTED_DEFINITION]));
const REPORT = 'reports/work-report-2022';

function bodyOf(file: string): string {
  const dir = tempContentDir();
  importInto(dir, [file]);
  return readEntry(dir, REPORT).body;
}

describe('wording of two export styles', () => {
  const word = bodyOf(WORD);
  test('the re-styled export differs in formatting (the old paragraph comparison named many paragraphs)', () => {
    const a = word.trim().split(/\n{2,}/);
    const b = bodyOf(SAME)
      .trim()
      .split(/\n{2,}/);
    const named = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => a[i] !== b[i]).filter(Boolean);
    expect(named.length).toBeGreaterThan(30);
  });
  test('no wording change: 0 differences', () => {
    expect(compareWording(word, bodyOf(SAME))).toEqual([]);
  });
  test('three planted word changes: exactly those three', () => {
    const changes = compareWording(word, bodyOf(CHANGED));
    expect(changes.map((c) => [c.inserted, c.deleted])).toEqual([
      [['并提出修改意见'], []],
      [[], ['大力']],
      [['建强'], ['建好']],
    ]);
  });
});

describe('--edition', () => {
  const dir = tempContentDir();
  importInto(dir, [WORD]);
  const refused = importInto(dir, [CHANGED]);
  const stored = importInto(dir, [CHANGED], { edition: true });
  const after = snapshot(dir);

  test('without it, a different text is refused, naming only the changes and the option', () => {
    expect(refused.written).toBe(false);
    expect(refused.plan.conflicts.map((c) => c.path)).toEqual(['glossary/fang-guan-fu.mdx', `${REPORT}.mdx`]);
    expect(refused.plan.conflicts[0].message).toBe(
      '名词“放管服”已有同一报告的不同释义：增加“改革”（同一报告的另一版本请加 --edition）',
    );
    expect(refused.plan.conflicts.find((c) => c.path === `${REPORT}.mdx`)?.message).toMatch(
      /正文第 \d+ 段：删去“大力”.*--edition/,
    );
  });

  test('stores the incoming text as another edition, the first one staying canonical', () => {
    expect(stored.written).toBe(true);
    expect(stored.plan.editions).toEqual([
      `${REPORT}.mdx：版本 online-2（网上公开版（2）），正式版本不变；与导入前站内正文相比：第 2 段：增加“并提出修改意见”；第 5 段：删去“大力”；第 31 段：增加“建强”，删去“建好”`,
    ]);
    const doc = readEntry(dir, REPORT);
    expect(doc.data.editions.map((e: { id: string; canonical: boolean }) => [e.id, e.canonical])).toEqual([
      ['online', true],
      ['online-2', false],
    ]);
    expect(doc.data.editions[1].source.file).toBe('report-changed.txt');
    expect(doc.body).toBe(bodyOf(WORD));
    const edition = readEntry(dir, `editions/${REPORT}/online-2`);
    expect(edition.data).toEqual({ document: REPORT, edition: 'online-2' });
    expect(edition.body).toBe(bodyOf(CHANGED));
  });

  test("the glossary keeps the other edition's definition where its wording differs", () => {
    const term = readEntry(dir, 'glossary/fang-guan-fu');
    const def = term.data.definitions[0];
    expect(def.text).toContain('优化服务的简称');
    expect(def.editions).toEqual([{ edition: 'online-2', text: expect.stringContaining('优化服务改革的简称') }]);
    const other = readEntry(dir, 'glossary/ba-xiang-xing-dong-ji-hua');
    expect(other.data.definitions[0].editions).toBeUndefined();
  });

  test('re-importing either export, with or without --edition, leaves every file byte-identical', () => {
    for (const file of [WORD, CHANGED])
      for (const edition of [true, false]) {
        const result = importInto(dir, [file], { edition });
        expect(result.plan.conflicts).toEqual([]);
        expect(result.plan.changes.filter((c) => c.action !== 'unchanged')).toEqual([]);
        expect(snapshot(dir)).toEqual(after);
      }
  });

  test('npm run check accepts the editions', () => {
    expect(checkContent(dir).errors).toEqual([]);
  });

  test('--canonical names an edition that exists', () => {
    expect(() => importInto(dir, [CHANGED], { edition: true, canonical: 'gazette' })).toThrow(
      /没有版本“gazette”：本文件的版本为 online、online-2/,
    );
  });

  test('--canonical makes the incoming edition canonical: its text becomes the body', () => {
    const second = tempContentDir();
    importInto(second, [CHANGED]);
    importInto(second, [WORD], { edition: true, canonical: 'online-2' });
    const doc = readEntry(second, REPORT);
    expect(doc.body).toBe(bodyOf(WORD));
    expect(doc.data.editions.find((e: { canonical: boolean }) => e.canonical).source.file).toBe('report-word.txt');
    expect(readEntry(second, `editions/${REPORT}/online`).body).toBe(bodyOf(CHANGED));
    expect(readFileSync(join(second, 'glossary/fang-guan-fu.mdx'), 'utf8')).toMatch(/edition: online\n/);
    expect(checkContent(second).errors).toEqual([]);
  });
});

test('an edition import that fails while moving files leaves the content folder exactly as it was', () => {
  const dir = tempContentDir();
  importInto(dir, [WORD]);
  const before = snapshot(dir);
  expect(() =>
    importInto(dir, [CHANGED], {
      edition: true,
      hooks: {
        beforeMove: (_path, i) => {
          if (i === 1) throw new Error('磁盘已满（模拟）');
        },
      },
    }),
  ).toThrow('磁盘已满');
  expect(snapshot(dir)).toEqual(before);
});
