/**
 * What Pagefind stores at each word position: not the word (tokens.ts) but the
 * pair of that word and the next one, encoded in letters and digits.
 *
 * Why pairs: a phrase is found by Pagefind fetching the list of every place
 * each of its words occurs. With one word per Han character, the common
 * characters (区, 发, 展, 号, the digit 8) occur on nearly every page, and a
 * phrase of them fetched hundreds of kilobytes at 10,000 documents. A pair
 * occurs far less often than either of its words: on the benchmark archive
 * 安全生产 needs 3.5 times fewer places as pairs, 区发展改革委 9.5 times,
 * 沙府发〔2025〕8号 15 times. A phrase of n words is the n − 1 pairs at
 * consecutive positions (Pagefind's exact search); a single word is every pair
 * that starts with it (Pagefind's prefix search), so the codes are prefix-free.
 *
 * Encoded because Pagefind keeps only letters and digits of a word, and would
 * split a pair of Han characters again.
 */

/** Marks the last word of a text, which has no next word (so a prefix search still finds it). */
export const END = 'e';
const SINGLE = 'h';
const ASCII = 'w';
const OTHER = 'u';

const base36 = (n: number, width: number) => n.toString(36).padStart(width, '0');

/**
 * A word's code: prefix-free (no code is the start of another), letters and
 * digits only. One character (a Han character): h + 4 base-36 digits of its
 * code point. Letters and digits: w + length + the word. Anything else: u +
 * length + each character's 4 digits.
 */
export function wordCode(word: string): string {
  const chars = Array.from(word);
  if (chars.length === 1 && !/^[a-z0-9]$/.test(word)) return SINGLE + base36(word.codePointAt(0)!, 4);
  if (/^[a-z0-9]+$/.test(word) && word.length < 36 * 36) return ASCII + base36(word.length, 2) + word;
  return OTHER + base36(chars.length, 2) + chars.map((c) => base36(c.codePointAt(0)!, 4)).join('');
}

/** The index's words for a text's words: at each position, that word's code and the next one's (or END). */
export function pairWords(words: readonly string[]): string[] {
  const codes = words.map(wordCode);
  return codes.map((code, i) => code + (codes[i + 1] ?? END));
}

/**
 * The Pagefind search for consecutive words: the quoted pairs (exact search),
 * or for a single word its code (a prefix of every pair it starts).
 */
export function phraseTerm(words: readonly string[]): string {
  return words.length === 1 ? wordCode(words[0]) : `"${pairWords(words).slice(0, -1).join(' ')}"`;
}

/** Pagefind's ranked search for the words, each phrase by its pairs, each single word by its code. */
export function rankedTerms(phrases: readonly (readonly string[])[]): string {
  return phrases.map((words) => (words.length === 1 ? wordCode(words[0]) : pairWords(words).slice(0, -1).join(' '))).join(' ');
}

/**
 * Word positions from the positions of matched pairs: a pair at p holds the
 * words at p and p + 1 (a single word's prefix search gives its own positions).
 */
export function wordPositions(positions: readonly number[], pairs: boolean): number[] {
  return pairs ? [...new Set(positions.flatMap((p) => [p, p + 1]))] : [...positions];
}
