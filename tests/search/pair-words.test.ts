import { describe, expect, test } from 'vitest';
import { END, pairWords, phraseTerm, rankedTerms, wordCode, wordPositions } from '../../src/lib/search/pair-words.ts';
import { textWords } from '../../src/lib/search/tokens.ts';

describe('wordCode', () => {
  test('encodes a Han character in letters and digits from its code point', () => {
    expect(wordCode('双')).toBe(`h${(0x53cc).toString(36).padStart(4, '0')}`);
    expect(wordCode('𠀀')).toMatch(/^h[0-9a-z]{4}$/);
  });

  test('keeps letters and digits after their length, and encodes any other word character by character', () => {
    expect(wordCode('2025')).toBe('w042025');
    expect(wordCode('pm25')).toBe('w04pm25');
    expect(wordCode('é1')).toMatch(/^u02[0-9a-z]{8}$/);
  });

  test('gives codes of letters and digits only, none the start of another', () => {
    const words = ['双', '减', '2', '20', '2025', 'a', 'ab', '8', 'é1', 'é'];
    const codes = words.map(wordCode);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+$/);
    for (const [i, a] of codes.entries()) for (const [j, b] of codes.entries()) if (i !== j) expect(b.startsWith(a), `${words[i]} ${words[j]}`).toBe(false);
  });
});

describe('pairWords', () => {
  test("gives each position the pair of its word and the next, and the last word the end mark", () => {
    const words = textWords('双减政策');
    expect(pairWords(words)).toEqual([
      wordCode('双') + wordCode('减'),
      wordCode('减') + wordCode('政'),
      wordCode('政') + wordCode('策'),
      wordCode('策') + END,
    ]);
  });

  test('pairs across punctuation, as the words are: 〔2025〕8号', () => {
    expect(pairWords(textWords('发〔2025〕8号')).slice(0, 2)).toEqual([wordCode('发') + wordCode('2025'), wordCode('2025') + wordCode('8')]);
  });
});

describe('Pagefind terms', () => {
  test('quote the pairs of a phrase for an exact search', () => {
    expect(phraseTerm(['双', '减', '政'])).toBe(`"${wordCode('双')}${wordCode('减')} ${wordCode('减')}${wordCode('政')}"`);
  });

  test("search a single word by its code, which starts every pair it is the first word of", () => {
    expect(phraseTerm(['区'])).toBe(wordCode('区'));
    expect(pairWords(['区', '县']).every((pair) => pair.startsWith(wordCode('区')) === (pair === pairWords(['区', '县'])[0]))).toBe(true);
  });

  test('rank by every phrase: pairs for phrases, codes for single words', () => {
    expect(rankedTerms([['双', '减'], ['区']])).toBe(`${wordCode('双')}${wordCode('减')} ${wordCode('区')}`);
  });
});

describe('wordPositions', () => {
  test('turns the positions of matched pairs into the positions of their words', () => {
    expect(wordPositions([10, 11, 12], true)).toEqual([10, 11, 12, 13]);
    expect(wordPositions([4, 30], true)).toEqual([4, 5, 30, 31]);
  });

  test("keeps a single word's own positions", () => {
    expect(wordPositions([4, 30], false)).toEqual([4, 30]);
  });
});
