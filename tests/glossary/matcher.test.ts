import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { normalize, normalText, termForms } from '../../src/lib/glossary/forms.ts';
import { TERMS } from './fixtures.ts';

const matcher = createMatcher(TERMS);
const found = (text: string) => matcher.find(text).map((m) => [m.termId, m.text]);

describe('term forms', () => {
  test('a term is known with and without its quotes, from the term and from each variant', () => {
    expect(termForms('打好“四张牌”', ['“打好四张牌”'])).toEqual(
      expect.arrayContaining(['打好“四张牌”', '打好四张牌', '“打好四张牌”']),
    );
  });

  test('normal form drops letter-spacing and unifies quote styles, keeping the way back to the original', () => {
    const n = normalize('“15 分钟”‘双减’「x」');
    expect(n.text).toBe('“15分钟”“双减”“x”');
    expect(n.origin[3]).toBe(4); // 分 sits after the space in the original
  });

  test('the normal form without positions is the same text, for every kind of space and quote', () => {
    const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    for (const text of ['放管服', '“放管服”', `打好${spaces}“四张牌”‘双减’「x」『y』`, '', ' ', 'DRG 付费']) {
      expect(normalText(text)).toBe(normalize(text).text);
    }
  });
});

describe('matching terms in text', () => {
  test('takes the longest term that starts at a place: 无废城市细胞 before 无废城市', () => {
    expect(found('建成无废城市细胞120个，推进无废城市建设。')).toEqual([
      ['wu-fei-cheng-shi-xi-bao', '无废城市细胞'],
      ['wu-fei-cheng-shi', '无废城市'],
    ]);
  });

  test('a longer term that contains another one with quotes wins: 农村“三变”改革 before “三变”改革', () => {
    expect(found('深化农村“三变”改革，推广“三变”改革经验。')).toEqual([
      ['nong-cun-san-bian', '农村“三变”改革'],
      ['san-bian', '“三变”改革'],
    ]);
  });

  test('recognises a term printed with quotes, without them, or with the quotes around the whole', () => {
    expect(found('坚定打好“四张牌”；打好四张牌；“打好四张牌”。')).toEqual([
      ['da-hao-si-zhang-pai', '打好“四张牌”'],
      ['da-hao-si-zhang-pai', '打好四张牌'],
      ['da-hao-si-zhang-pai', '“打好四张牌”'],
    ]);
  });

  test('the quotes right around a use belong to it, whatever their style', () => {
    expect(found('深化“放管服”改革，落实‘放管服’要求，放管服。')).toEqual([
      ['fang-guan-fu', '“放管服”'],
      ['fang-guan-fu', '‘放管服’'],
      ['fang-guan-fu', '放管服'],
    ]);
  });

  test('letter-spacing in the text does not hide a term, and the use keeps the printed spacing', () => {
    expect(found('打造“15 分钟高品质生活圈”，推进DRG 付费改革和 DRG付费改革。')).toEqual([
      ['15-fen-zhong', '“15 分钟高品质生活圈”'],
      ['drg', 'DRG 付费改革'],
      ['drg', 'DRG付费改革'],
    ]);
  });

  test('a term of two characters counts only where the text quotes it', () => {
    expect(found('围绕“两重”领域；围绕“两重大一突出”；落实‘双减’政策；双减负担。')).toEqual([
      ['liang-chong', '“两重”'],
      ['shuang-jian', '‘双减’'],
    ]);
  });

  test('quotes in the text that do not belong to the term block a match across them', () => {
    expect(found('推进“放管”服务')).toEqual([]);
  });

  test('an excluded term is neither reported nor lets a shorter term inside it be reported', () => {
    expect(matcher.find('无废城市细胞建设', new Set(['wu-fei-cheng-shi-xi-bao']))).toEqual([]);
  });

  test('positions point into the original text', () => {
    const text = '推进 DRG 付费改革。';
    const [m] = matcher.find(text);
    expect(text.slice(m.start, m.end)).toBe('DRG 付费改革');
  });

  test('among many terms sharing their first characters, the longest that fits wins, then the first given', () => {
    const many = [
      ...Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, term: `无废城市第${i}号`, variants: [] })),
      { id: 'first', term: '无废城市细胞工程', variants: [] },
      { id: 'second', term: '无废城市细胞工程', variants: [] },
      ...TERMS,
    ];
    const text = '无废城市第12号、无废城市第120号、无废城市细胞工程、无废城市细胞、无废城市第1。';
    expect(
      createMatcher(many)
        .find(text)
        .map((m) => [m.termId, m.text]),
    ).toEqual([
      ['n12', '无废城市第12号'],
      ['n120', '无废城市第120号'],
      ['first', '无废城市细胞工程'],
      ['wu-fei-cheng-shi-xi-bao', '无废城市细胞'],
      ['wu-fei-cheng-shi', '无废城市'],
    ]);
  });
});
