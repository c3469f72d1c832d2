/** 003 and 004 (Word-derived): facts from NOTES.md, asserted on the real exports. */
import { describe, expect, test } from 'vitest';
import { blockAt, readSeed, texts, wordRows } from './helpers.ts';

const r003 = readSeed('003');
const r004 = readSeed('004');

/** Data rows (header excluded) by cell count, applying the NOTES row rules to the raw lines. */
function rowShapes(rawLines: string[]): Record<number, number> {
  const shapes: Record<number, number> = {};
  for (const row of wordRows(rawLines).slice(1)) shapes[row.length] = (shapes[row.length] ?? 0) + 1;
  return shapes;
}

describe('003: Word-derived work report and five notices', () => {
  test('is detected as Word-derived from its measured signals', () => {
    expect(r003.style).toBe('word');
    expect(r003.styleSignals.blankAfterShare).toBeLessThan(0.2);
    expect(r003.styleSignals.bookmarks).toBe(136);
    expect(r003.styleSignals.tabLedLines).toBe(1043);
  });

  test('removes all 136 bookmark markers, one note each, and drops the lines they emptied', () => {
    expect(texts(r003.blocks).join('\n')).not.toContain('[bookmark:');
    const notes = r003.notes.filter((n) => n.kind === 'bookmark');
    expect(notes).toHaveLength(136);
    expect(new Set(notes.map((n) => n.line)).size).toBe(69);
    expect(blockAt(r003, 1113)).toBeUndefined();
    expect(blockAt(r003, 144)!.text).toMatch(/^以习近平新时代中国特色社会主义思想为/);
  });

  test('keeps one paragraph per line and trims layout indentation', () => {
    expect(blockAt(r003, 1)!.text).toBe('重庆市沙坪坝区人民政府工作报告');
    expect(blockAt(r003, 128)!.text).toBe('重庆市沙坪坝区人民政府');
    expect(blockAt(r003, 129)!.text).toBe('2022年2月28日');
    expect(blockAt(r003, 4)!.text).toBe('沙坪坝区人民政府区长  肖庆华');
    const statuses = r003.blocks.filter((b) => /^[（(]此件公开发布[）)]$/.test(b.text)).map((b) => b.lines[0]);
    expect(statuses).toEqual([130, 517, 1026, 1080, 1609]);
    const glossary = r003.blocks.filter((b) => b.lines[0] >= 82 && b.lines[0] <= 115);
    expect(glossary).toHaveLength(34);
    expect(glossary[23].text.match(/→/g)).toHaveLength(14);
  });

  test('groups the cell-per-line tables with their row structure intact', () => {
    const tables = r003.blocks.filter((b) => b.kind === 'table');
    const spans = tables.map((t) => t.lines);
    for (const span of [
      [192, 500],
      [558, 617],
      [780, 1008],
      [1300, 1430],
      [1485, 1591],
      [1643, 2145],
    ]) {
      expect(spans).toContainEqual(span);
    }
    const at = (line: number) => tables.find((t) => t.lines[0] === line)!.rawLines!;
    expect(rowShapes(at(192))).toEqual({ 1: 6, 3: 1, 5: 43 });
    expect(rowShapes(at(558))).toEqual({ 4: 11 });
    expect(wordRows(at(558))[0]).toEqual(['序号', '指标', '目标值', '指标\n属性']);
    expect(rowShapes(at(780))).toEqual({ 4: 33 });
    expect(rowShapes(at(1300))).toEqual({ 5: 21 });
    expect(rowShapes(at(1485))).toEqual({ 4: 20 });
    expect(rowShapes(at(1643))).toEqual({ 5: 83 });
  });

  test('keeps the orphan lines of the broken T-D2 row inside the table for the echo rule', () => {
    const table = blockAt(r003, 222)!;
    expect(table.kind).toBe('table');
    expect(table.rawLines!.filter((l) => l.trim() === '抓严重点行业领域安全专项整治')).toHaveLength(3);
  });

  test('keeps the 专栏 boxes as one-cell tables and their captions and headings as text', () => {
    const boxes = r003.blocks.filter((b) => b.kind === 'table' && b.text.startsWith('\t专栏'));
    expect(boxes).toHaveLength(8);
    expect(blockAt(r003, 557)!.kind).toBe('text');
    expect(blockAt(r003, 645)!.text).toBe('第二节 大力促进残疾人及其家庭就业创业增收');
  });

  test('keeps character variants and slips verbatim', () => {
    const all = texts(r003.blocks).join('\n');
    for (const kept of [
      '国发﹝2022﹞5号',
      '二○三五年',
      'GBT36743－2018',
      '＞90',
      '6.2.1.1启动条件',
      '（2021—2025）的通知',
    ]) {
      expect(all, kept).toContain(kept);
    }
  });
});

describe('004: Word-derived supervision report', () => {
  test('is detected as Word-derived', () => {
    expect(r004.style).toBe('word');
    expect(r004.sourceLines).toHaveLength(1237);
  });

  test('removes the 2 page footers and the bookmark after a TAB', () => {
    const notes = r004.notes.map((n) => [n.line, n.kind]);
    expect(notes).toEqual([
      [25, 'debris'],
      [27, 'debris'],
      [1153, 'bookmark'],
    ]);
    const all = texts(r004.blocks).join('\n');
    expect(all).not.toMatch(/— [34] —/);
    expect(all).not.toContain('[bookmark:');
    const cell = blockAt(r004, 1153)!.rawLines!.find((l) => l.includes('把公开透明'));
    expect(cell).toBe(r004.sourceLines[1152].replace('[bookmark: _GoBack]', ''));
    expect(cell).toMatch(/^\t把公开透明/);
  });

  test('groups the three attachment tables, with the SPACE+TAB row openers kept', () => {
    const tables = r004.blocks.filter((b) => b.kind === 'table');
    expect(tables.map((t) => t.lines)).toEqual([
      [32, 99],
      [112, 210],
      [231, 1233],
    ]);
    expect(rowShapes(tables[0].rawLines!)).toEqual({ 2: 1, 5: 10 });
    expect(rowShapes(tables[1].rawLines!)).toEqual({ 7: 9 });
    expect(rowShapes(tables[2].rawLines!)).toEqual({ 5: 80, 6: 18, 7: 24 });
    expect(tables[2].rawLines!.filter((l) => l.startsWith(' \t'))).toHaveLength(98);
  });

  test('keeps the title lines, list items and summary as one block per line', () => {
    expect(texts(r004.blocks.slice(0, 3))).toEqual([
      '重庆市沙坪坝区人民政府督查办',
      '关于2022年区政府工作报告重点任务',
      '前三季度推进情况的报告',
    ]);
    expect(blockAt(r004, 7)!.text).toBe('一、10项经济社会发展预期目标情况');
    expect(r004.blocks.filter((b) => b.lines[0] >= 11 && b.lines[0] <= 20)).toHaveLength(10);
  });
});
