/**
 * The glossary index: terms sorted by pinyin (not by code point) and grouped
 * by the initial letter of their pinyin, A–Z, with terms starting with a digit
 * or Latin letter under their own character class.
 */
import { pinyin } from 'pinyin-pro';

/** The sort key of a term: quotes dropped, toneless pinyin syllables with numbers for tone ties. */
export function pinyinSortKey(term: string): string {
  const bare = term.replace(/[“”"‘’'《》〈〉\s]/g, '');
  return pinyin(bare, { toneType: 'num', type: 'array', nonZh: 'consecutive', v: true }).join(' ').toLowerCase();
}

/** Index letter of a term: A–Z from its pinyin, '#' for a term that starts with a digit or symbol. */
export function indexLetter(term: string): string {
  const first = pinyinSortKey(term).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Groups items by index letter, letters in A–Z order ('#' last), items by pinyin within a letter. */
export function groupByPinyin<T>(items: T[], termOf: (item: T) => string): LetterGroup<T>[] {
  const keyed = items.map((item) => ({ item, key: pinyinSortKey(termOf(item)), letter: indexLetter(termOf(item)) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : termOf(a.item).localeCompare(termOf(b.item))));
  const groups = new Map<string, T[]>();
  for (const k of keyed) groups.set(k.letter, [...(groups.get(k.letter) ?? []), k.item]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, items]) => ({ letter, items }));
}

/** The first sentence (up to the first 。；) of a definition, for lists. */
export function firstLine(text: string, max = 60): string {
  const m = /^[^。；]*[。；]?/.exec(text);
  const line = (m?.[0] ?? text).trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
