/**
 * In repeals / amends / repealedBy / amendedBy, an item that names both a
 * 文号 and a site entry must name the same document; an item that names only
 * a 文号 of a document on the site should link to it (a warning).
 */
import type { Rule } from '../context.ts';

const RELATION_FIELDS = ['repeals', 'amends', 'repealedBy', 'amendedBy'] as const;

export const relatedWenhao: Rule = {
  name: 'related-wenhao',
  description: '相关文件的文号与所指站内条目一致；站内已有的文件用 document 链接',
  check(context) {
    const notices = context.validOf('notices');
    const idByWenhao = new Map(notices.filter((n) => n.parsed.wenhao).map((n) => [n.parsed.wenhao!, n.id]));
    for (const notice of notices) {
      for (const field of RELATION_FIELDS) {
        notice.parsed[field].forEach((related, i) => {
          if (related.document && related.wenhao) {
            const target = context.find('notices', related.document.id);
            const actual = target?.parsed.wenhao;
            if (actual && actual !== related.wenhao) {
              context.error(
                notice,
                [field, i, 'wenhao'],
                `文号“${related.wenhao}”与所指条目 ${target.displayPath} 的文号“${actual}”不一致：应为同一文件`,
              );
            }
          } else if (!related.document && related.wenhao && idByWenhao.has(related.wenhao)) {
            context.warn(
              notice,
              [field, i, 'wenhao'],
              `文号为“${related.wenhao}”的文件在站内（id“${idByWenhao.get(related.wenhao)}”）：请同时写 document: ${idByWenhao.get(related.wenhao)}，页面才能链接过去`,
            );
          }
        });
      }
    }
  },
};
