/**
 * One glossary entry per term: no two entries have the same term once quotes
 * and spaces are ignored (“放管服” and 放管服 are one term, whose yearly
 * definitions belong in one entry). The file name should be the term's pinyin
 * slug (glossarySlug), with -2, -3… only after a collision (a warning).
 */
import { glossarySlug } from '../../lib/slug.ts';
import type { Rule } from '../context.ts';
import { forEachDuplicate } from './duplicates.ts';

/** The term as compared: without quote marks, book-title marks and spaces. */
export function normaliseTerm(term: string): string {
  return term.replace(/[“”"‘’'《》〈〉「」『』\s\u3000]/g, '');
}

export const glossaryTerms: Rule = {
  name: 'glossary-terms',
  description: '名词不重复（忽略引号和空格），文件名为名词的拼音 slug',
  check(context) {
    const entries = context.validOf('glossary');
    forEachDuplicate(
      entries,
      (entry) => normaliseTerm(entry.parsed.term),
      (entry, others) => {
        context.error(
          entry,
          ['term'],
          `名词“${entry.parsed.term}”与 ${others.map((o) => `${o.displayPath} 的“${o.parsed.term}”`).join('、')}是同一个名词（忽略引号和空格）：` +
            '同一名词只能有一个条目，各年份的释义应合并到该条目的 definitions 中',
        );
      },
    );
    for (const entry of entries) {
      let expected: string;
      try {
        expected = glossarySlug(entry.parsed.term);
      } catch {
        continue;
      }
      const slug = entry.id.split('/').pop()!;
      if (slug !== expected && !new RegExp(`^${expected}-\\d+$`).test(slug)) {
        context.warn(
          entry,
          ['term'],
          `文件名（网址 slug）“${entry.id}”与名词的拼音 slug“${expected}”不符：新条目应命名为 ${expected}.mdx`,
        );
      }
    }
  },
};
