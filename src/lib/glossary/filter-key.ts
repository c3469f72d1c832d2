/**
 * The filter key of a glossary term, written into the index page at build time:
 * the term and its variants, their toneless pinyin (fangguanfu) and pinyin initials
 * (fgf), so a reader can type 放管服, fangguan or fgf.
 */
import { pinyin } from 'pinyin-pro';
import { foldForFilter } from './filter.ts';

/** Pieces of a filter key, separated by | so that a query never matches across two of them. */
export function filterKey(term: string, variants: readonly string[] = []): string {
  const forms = [...new Set([term, ...variants].map(foldForFilter))];
  const pieces = new Set<string>(forms);
  for (const form of forms) {
    const syllables = pinyin(form, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
    pieces.add(foldForFilter(syllables.join('')));
    pieces.add(foldForFilter(syllables.map((s) => s.charAt(0)).join('')));
  }
  return [...pieces].join('|');
}
