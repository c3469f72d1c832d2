import { describe, expect, test } from 'vitest';
import { groupByPinyin, indexLetter, pinyinSortKey } from '../../src/lib/glossary-index.ts';

describe('glossary order by pinyin', () => {
  test('reads polyphonic characters by the word they are in: 重庆 chóng, 行政 xíng, 银行 háng, 重要 zhòng', () => {
    expect(pinyinSortKey('重庆')).toMatch(/^chong2 /);
    expect(pinyinSortKey('行政')).toMatch(/^xing2 /);
    expect(pinyinSortKey('银行')).toBe('yin2 hang2');
    expect(pinyinSortKey('重要')).toMatch(/^zhong4 /);
    expect(['重庆', '行政', '银行', '重要', '长江', '长大'].map(indexLetter)).toEqual(['C', 'X', 'Y', 'Z', 'C', 'Z']);
  });

  test('sorts by pinyin, not by code point, and groups A–Z with other initials last', () => {
    const terms = [
      '重庆',
      '城管进社区',
      '长江',
      '朝阳',
      '行政执法',
      '“清廉重庆”建设',
      '重要',
      '银行',
      '15分钟高品质生活圈',
      '放管服',
    ];
    const groups = groupByPinyin(terms, (t) => t);
    expect(groups.map((g) => [g.letter, g.items])).toEqual([
      ['C', ['长江', '朝阳', '城管进社区', '重庆']],
      ['F', ['放管服']],
      ['Q', ['“清廉重庆”建设']],
      ['X', ['行政执法']],
      ['Y', ['银行']],
      ['Z', ['重要']],
      ['#', ['15分钟高品质生活圈']],
    ]);
    // By code point 城 (U+57CE) comes before 朝 (U+671D) and 重 (U+91CD) after 长 (U+957F): pinyin differs.
    expect([...groups[0].items].sort()).not.toEqual(groups[0].items);
  });

  test('a quoted term is filed under its first character, not under the quote', () => {
    expect(indexLetter('“两不愁三保障”')).toBe('L');
    expect(indexLetter('DRG 付费改革')).toBe('D');
  });
});
