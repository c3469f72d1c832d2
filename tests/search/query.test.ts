import { describe, expect, test } from 'vitest';
import { exactTerm, isSearchable, parseQuery, rankedTerm } from '../../src/lib/search/query.ts';

describe('parseQuery', () => {
  test.each(['沙府发〔2025〕8号', '沙府发〔2025〕8 号', '沙府发[2025]8号', '沙府发2025 8号', ' 沙府发（2025）8号 '])(
    'reads %j as one 文号 phrase',
    (typed) => {
      const q = parseQuery(typed);
      expect(q.wenhao).toBe('沙府发〔2025〕8号');
      expect(q.phraseWords).toEqual([['沙', '府', '发', '2025', '8', '号']]);
    },
  );

  test('splits phrases at spaces', () => {
    expect(parseQuery('安全生产  消防').phraseWords).toEqual([
      ['安', '全', '生', '产'],
      ['消', '防'],
    ]);
  });

  test('keeps a quoted phrase together, spaces and all', () => {
    const q = parseQuery('“1220.9 亿元” 增长');
    expect(q.phrases).toEqual(['1220.9 亿元', '增长']);
    expect(q.phraseWords[0]).toEqual(['12209', '亿', '元']);
  });

  test('treats an ideographic space as a separator', () => {
    expect(parseQuery('歌乐山　磁器口').phrases).toEqual(['歌乐山', '磁器口']);
  });

  test('drops phrases that are only punctuation', () => {
    const q = parseQuery('—— 。');
    expect(q.phraseWords).toEqual([]);
    expect(isSearchable(q)).toBe(false);
  });
});

describe('Pagefind terms', () => {
  test('quote a phrase for an exact search', () => {
    expect(exactTerm(['双', '减'])).toBe('"双 减"');
  });

  test('list every word for the ranked search', () => {
    expect(rankedTerm(parseQuery('双减 政策'))).toBe('双 减 政 策');
  });
});
