/**
 * Every entry id (the slug in its URL) is unique within its collection. Two
 * files can share one when their names differ only in case or punctuation
 * (Fang-Guan-Fu.mdx and fang-guan-fu.mdx) or when a frontmatter `slug` repeats
 * another; Astro would then publish only one of them.
 */
import type { Rule } from '../context.ts';
import { forEachDuplicate } from './duplicates.ts';

export const duplicateIds: Rule = {
  name: 'duplicate-ids',
  description: '同一集合中每个条目的网址 slug（条目 id）唯一',
  check(context) {
    for (const [collection, ids] of context.index.byId) {
      const entries = [...ids.values()].flat();
      forEachDuplicate(
        entries,
        (entry) => entry.id,
        (entry, others, id) => {
          context.error(
            entry,
            [entry.data.slug ? 'slug' : '文件名'],
            `网址 slug“${id}”与 ${others.map((o) => o.displayPath).join('、')} 重复：` +
              `${collection} 中每个条目的 slug 必须唯一，否则两个文件争用同一个网址（请改用不同的文件名）`,
          );
        },
      );
    }
  },
};
