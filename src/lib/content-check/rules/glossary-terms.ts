/**
 * One glossary entry per term: no two entries have the same term once quotes
 * and spaces are ignored (“放管服” and 放管服 are one term, whose yearly
 * definitions belong in one entry). The file name should be the term's pinyin
 * slug (glossarySlug), with -2, -3… only after a collision (a warning).
 */
import { glossarySlug } from '../../slug.ts';
import type { GlossaryData } from '../../../schemas/glossary.ts';
import type { Rule } from '../context.ts';
import type { ValidEntry } from '../types.ts';

/** The term as compared: without quote marks, book-title marks and spaces. */
export function normaliseTerm(term: string): string {
  return term.replace(/[“”"‘’'《》〈〉「」『』\s\u3000]/g, '');
}

export const glossaryTerms: Rule = {
  name: 'glossary-terms',
  description: '名词不重复（忽略引号和空格），文件名为名词的拼音 slug',
  check(context) {
    const firstByTerm = new Map<string, ValidEntry<GlossaryData>>();
    for (const entry of context.validOf<GlossaryData>('glossary')) {
      const key = normaliseTerm(entry.parsed.term);
      const first = firstByTerm.get(key);
      if (first) {
        context.error(
          entry,
          ['term'],
          `名词“${entry.parsed.term}”与 ${first.displayPath} 的“${first.parsed.term}”是同一个名词（忽略引号和空格）：` +
            '同一名词只能有一个条目，各年份的释义应合并到该条目的 definitions 中',
        );
      } else {
        firstByTerm.set(key, entry);
      }
      let expected: string;
      try {
        expected = glossarySlug(entry.parsed.term);
      } catch {
        continue;
      }
      const slug = entry.id.split('/').pop()!;
      if (slug !== expected && !new RegExp(`^${expected}-\\d+$`).test(slug)) {
        context.warn(entry, ['term'], `文件名（网址 slug）“${entry.id}”与名词的拼音 slug“${expected}”不符：新条目应命名为 ${expected}.mdx`);
      }
    }
  },
};
