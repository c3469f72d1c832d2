/**
 * A numbered document's slug is derived from its 文号 (noticeSlugFromWenhao):
 * 沙府发〔2025〕8号 → sfzf-2025-008, so URLs are readable and predictable.
 * A -2, -3… suffix is accepted for two issuers whose codes share initials;
 * only the last path segment counts, so a document may sit in a sub-folder.
 */
import { noticeSlugFromWenhao } from '../../lib/slug.ts';
import type { Rule } from '../context.ts';

export const noticeSlug: Rule = {
  name: 'notice-slug',
  description: '有文号的文件，其网址 slug 由文号生成（如 sfzf-2025-008）',
  check(context) {
    for (const notice of context.validOf('notices')) {
      const { wenhao } = notice.parsed;
      if (!wenhao) continue;
      const expected = noticeSlugFromWenhao(wenhao);
      const slug = notice.id.split('/').pop()!;
      if (slug === expected || new RegExp(`^${expected}-\\d+$`).test(slug)) continue;
      context.error(
        notice,
        notice.data.slug ? ['slug'] : ['wenhao'],
        `文号“${wenhao}”对应的网址 slug 应为“${expected}”，但本文件的 slug 是“${notice.id}”：请把文件命名为 ${expected}.mdx（或核对文号）`,
      );
    }
  },
};
