/**
 * A document marked 已废止 names what repealed it (an entry on the site or
 * at least its 文号), so that the page can say why and link onward. The
 * reverse mismatches (repealed but still 有效) are warnings.
 */
import type { Rule } from '../context.ts';

export const repealedHasRepealer: Rule = {
  name: 'repealed-has-repealer',
  description: '有效性为“已废止”的文件写明废止它的文件（repealedBy）',
  check(context) {
    for (const notice of context.validOf('notices')) {
      const { validity, repealedBy, amendedBy } = notice.parsed;
      if (validity === '已废止' && repealedBy.length === 0) {
        context.error(
          notice,
          ['validity'],
          '有效性为“已废止”，但 repealedBy 为空：应在 repealedBy 中写明废止它的文件（站内条目写 document，站外文件写 wenhao 或 title）',
        );
      }
      if (validity === '有效' && repealedBy.length > 0) {
        context.warn(
          notice,
          ['validity'],
          'repealedBy 中列出了废止本文件的文件，但有效性仍为“有效”：是否应为“已废止”？',
        );
      }
      if (validity === '有效' && amendedBy.length > 0) {
        context.warn(
          notice,
          ['validity'],
          'amendedBy 中列出了修订本文件的文件，但有效性仍为“有效”：是否应为“已修订”？',
        );
      }
    }
  },
};
