import { describe, expect, test } from 'vitest';
import {
  BLOCK_MARK,
  displayTokens,
  foldText,
  indexText,
  indexTokens,
  textWords,
  tokenWord,
} from '../../src/lib/search/tokens.ts';

describe('indexTokens', () => {
  test('makes every Han character its own token', () => {
    expect(indexTokens('安全生产')).toEqual(['安', '全', '生', '产']);
  });

  test('keeps a number with its decimal point as one token', () => {
    expect(indexTokens('1220.9亿元')).toEqual(['1220.9', '亿', '元']);
  });

  test('attaches punctuation to the word before it, so it takes no word position', () => {
    expect(indexTokens('产业政策、法规标准')).toEqual(['产', '业', '政', '策、', '法', '规', '标', '准']);
  });

  test('attaches leading punctuation to the first word', () => {
    expect(indexTokens('“双减”政策')).toEqual(['“双', '减”', '政', '策']);
  });

  test('drops whitespace, including spaces inside a printed 文号', () => {
    expect(indexTokens('沙府发〔2025〕8 号')).toEqual(['沙', '府', '发〔', '2025〕', '8', '号']);
  });

  test('folds full-width letters and digits and lower-cases them', () => {
    expect(foldText('ＤＲＧ１２')).toBe('drg12');
    expect(indexTokens('ＤＲＧ付费')).toEqual(['drg', '付', '费']);
  });

  test('keeps full-width punctuation as printed', () => {
    expect(indexTokens('7月，印发：（一）')).toEqual(['7', '月，', '印', '发：（', '一）']);
  });

  test('keeps a full stop that ends a sentence out of the number before it', () => {
    expect(indexTokens('增长6.5%。下一步')).toEqual(['增', '长', '6.5%。', '下', '一', '步']);
  });

  test('marks the end of a block on its last token, without making a word of it', () => {
    expect(indexTokens('区发改委\n区财政局')).toEqual(['区', '发', '改', `委${BLOCK_MARK}`, '区', '财', '政', '局']);
    expect(textWords('区发改委\n\n区财政局')).toEqual(textWords('区发改委区财政局'));
  });

  test('yields nothing for punctuation alone', () => {
    expect(indexTokens('——、。')).toEqual([]);
  });
});

describe('displayTokens', () => {
  test('cuts like indexTokens but keeps the text as printed', () => {
    const text = 'ＤＲＧ付费，PM2.5 降至３０微克';
    expect(displayTokens(text)).toEqual(['ＤＲＧ', '付', '费，', 'PM2.5', '降', '至', '３０', '微', '克']);
    expect(displayTokens(text).map(foldText)).toEqual(indexTokens(text));
  });
});

describe('textWords and tokenWord', () => {
  test('strip punctuation as Pagefind does when it stores a word', () => {
    expect(tokenWord('2025〕')).toBe('2025');
    expect(tokenWord('6.5%。')).toBe('65');
    expect(textWords('PM2.5')).toEqual(['pm25']);
  });

  test('give every way of typing a 文号 the same words', () => {
    const canonical = textWords('沙府发〔2025〕8号');
    for (const form of ['沙府发〔2025〕8 号', '沙府发[2025]8号', '沙府发2025 8号', '沙府发（2025）8号']) {
      expect(textWords(form)).toEqual(canonical);
    }
  });

  test('treat a letter-spaced name like the name', () => {
    expect(textWords('陈  英')).toEqual(textWords('陈英'));
  });

  test('give one word per token', () => {
    const text = '2025年全区安全生产、防灾减灾救灾和消防工作要点（2025—2027 年）PM2.5 降至30微克/立方米';
    expect(textWords(text)).toHaveLength(indexTokens(text).length);
  });
});

describe('indexText', () => {
  test('separates tokens with single spaces', () => {
    expect(indexText('区发展改革委 牵头')).toBe('区 发 展 改 革 委 牵 头');
  });
});
