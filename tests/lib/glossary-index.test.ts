import { describe, expect, test } from 'vitest';
import { firstLine, groupByPinyin, indexLetter, pinyinSortKey } from '../../src/lib/glossary-index.ts';

describe('glossary index', () => {
  test('reads polyphonic characters by their usual reading in words', () => {
    expect(pinyinSortKey('重庆').startsWith('chong')).toBe(true);
    expect(pinyinSortKey('行政').startsWith('xing')).toBe(true);
    expect(indexLetter('重庆')).toBe('C');
  });

  test('sorts by pinyin, not by code point, ignoring quotes', () => {
    const terms = ['“三变”改革', '放管服', '一老一幼', '八项行动计划', '两江四岸'];
    const groups = groupByPinyin(terms, (t) => t);
    expect(groups.map((g) => g.letter)).toEqual(['B', 'F', 'L', 'S', 'Y']);
    expect(groups.flatMap((g) => g.items)).toEqual(['八项行动计划', '放管服', '两江四岸', '“三变”改革', '一老一幼']);
  });

  test('puts terms starting with a digit after the letters', () => {
    const groups = groupByPinyin(['“141”基层治理体系', '放管服'], (t) => t);
    expect(groups.map((g) => g.letter)).toEqual(['F', '#']);
  });

  test('takes the first sentence of a definition for lists', () => {
    expect(firstLine('指简政放权。放管结合。')).toBe('指简政放权。');
  });
});
