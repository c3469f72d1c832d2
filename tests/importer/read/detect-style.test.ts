/** Style detection from measured signals, on the seeds and on small synthetic exports. */
import { describe, expect, test } from 'vitest';
import { decideStyle, detectStyle } from '../../../src/importer/read/detect-style.ts';
import { readExport } from '../../../src/importer/read/index.ts';
import { readSeed, seedBytes } from './helpers.ts';

const para = (i: number) =>
  `第${i}段，这是一个比较长的段落，用来模拟从PDF导出的文本，每段一行，段落之间有一个空行，内容足够长。`;

describe('export style detection', () => {
  test('classifies the four seeds: 000 PDF, 002 hard-wrapped, 003 and 004 Word', () => {
    expect(['000', '002', '003', '004'].map((id) => readSeed(id as '000').style)).toEqual([
      'pdf',
      'hard-wrapped',
      'word',
      'word',
    ]);
  });

  test('reports the measured numbers that decided it', () => {
    const signals = readSeed('002').styleSignals;
    expect(Object.keys(signals)).toEqual(
      expect.arrayContaining([
        'blankAfterShare',
        'medianWidth',
        'p90Width',
        'maxWidth',
        'pageStartLines',
        'tabLines',
        'bookmarks',
      ]),
    );
    expect(decideStyle(signals)).toBe('hard-wrapped');
  });

  test('PDF-derived: long paragraphs one per line with a blank line between', () => {
    const lines = Array.from({ length: 30 }, (_, i) => [para(i), '']).flat();
    expect(detectStyle(lines).style).toBe('pdf');
  });

  test('hard-wrapped: ~28-em lines, every one followed by a blank line', () => {
    const lines = Array.from({ length: 30 }, (_, i) => [
      `测试硬换行文本第${String(i).padStart(2, '0')}行，内容宽度大约是二十八个字宽。`,
      '',
    ]).flat();
    const { style, signals } = detectStyle(lines);
    expect(signals.medianWidth).toBeGreaterThan(24);
    expect(style).toBe('hard-wrapped');
  });

  test('Word-derived: paragraphs on consecutive lines', () => {
    expect(detectStyle(Array.from({ length: 30 }, (_, i) => para(i))).style).toBe('word');
  });

  test('ignores the file name: the same bytes under another name get the same style', () => {
    const bytes = seedBytes('002');
    expect(readExport(bytes, 'word-export.docx.txt').style).toBe('hard-wrapped');
    expect(readExport(seedBytes('003'), '000_c35f3ffd59152e78.txt').style).toBe('word');
  });
});
