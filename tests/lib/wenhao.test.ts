import { describe, expect, test } from 'vitest';
import { normaliseWenhao, parseWenhao } from '../../src/lib/wenhao.ts';

describe('normaliseWenhao', () => {
  test.each([
    ['沙府发〔2025〕8 号', '沙府发〔2025〕8号'],
    ['沙府发〔2025〕8号', '沙府发〔2025〕8号'],
    ['沙府发[2025]8号', '沙府发〔2025〕8号'],
    ['沙府发(2025)8号', '沙府发〔2025〕8号'],
    ['沙府发2025 8号', '沙府发〔2025〕8号'],
    ['国发﹝2022﹞5号', '国发〔2022〕5号'],
    ['沙府办发 〔2020〕 131 号', '沙府办发〔2020〕131号'],
    ['渝规资规范〔2020〕8号', '渝规资规范〔2020〕8号'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normaliseWenhao(input)).toBe(expected);
  });

  test.each(['', '2025年3月5日', '沙府发〔2025〕', '第8号', 'ABC〔2025〕8号', '沙府发〔25〕8号'])(
    'rejects %j',
    (input) => {
      expect(normaliseWenhao(input)).toBeNull();
    },
  );

  test('parses the parts', () => {
    expect(parseWenhao('沙府办发〔2022〕16号')).toEqual({ code: '沙府办发', year: 2022, number: 16 });
  });
});
