import { describe, expect, test } from 'vitest';
import { excerptSegments, readableText } from '../../src/lib/search/excerpt.ts';
import { indexText } from '../../src/lib/search/tokens.ts';

describe('excerptSegments', () => {
  test('joins Chinese tokens back together and keeps the marks', () => {
    expect(excerptSegments('落 实“ <mark>双</mark> <mark>减”</mark> 政 策')).toEqual([
      { text: '落实“', mark: false },
      { text: '双减”', mark: true },
      { text: '政策', mark: false },
    ]);
  });

  test('keeps a space between two Latin words or numbers only', () => {
    expect(excerptSegments('drg 付 费 and the 2025 年')).toEqual([{ text: 'drg付费and the 2025年', mark: false }]);
  });

  test('shows the end of a paragraph or table cell as a space', () => {
    expect(excerptSegments(indexText('区发展改革委、\n区市场监管局'))).toEqual([{ text: '区发展改革委、 区市场监管局', mark: false }]);
  });

  test('turns escaped angle brackets back into text, never into HTML', () => {
    expect(excerptSegments('&lt;关 于&gt; 通 知')).toEqual([{ text: '<关于>通知', mark: false }]);
  });
});

describe('readableText', () => {
  test('reads index text as the printed words', () => {
    expect(readableText('沙 府 发〔 2025〕 8 号')).toBe('沙府发〔2025〕8号');
  });
});
