/**
 * A gazette's table of contents and its documents' `gazette` fields agree:
 * a document listed in issue G says it was printed in G, and its page matches
 * the contents line. These are warnings: a mismatch shows wrong 期号/页码 on a
 * page but does not break the site.
 */
import type { Rule } from '../context.ts';

export const gazetteContents: Rule = {
  name: 'gazette-contents',
  description: '公报目录中的文件，其 gazette 与 gazettePage 与目录一致',
  check(context) {
    for (const gazette of context.validOf('gazettes')) {
      gazette.parsed.contents.forEach((line, i) => {
        const ref = line.report ?? line.notice;
        if (!ref) return;
        const document = context.find(ref.collection as 'reports' | 'notices', ref.id);
        if (!document) return;
        const field = line.report ? 'report' : 'notice';
        const printedIn = document.parsed.gazette?.id ?? null;
        if (printedIn !== gazette.id) {
          context.warn(
            gazette,
            ['contents', i, field],
            `目录列出了 ${document.displayPath}，但该文件的 gazette 是 ${printedIn ?? '空'}：应为“${gazette.id}”`,
          );
        } else if (line.page && document.parsed.gazettePage && line.page !== document.parsed.gazettePage) {
          context.warn(
            gazette,
            ['contents', i, 'page'],
            `目录页码 ${line.page} 与 ${document.displayPath} 的 gazettePage ${document.parsed.gazettePage} 不一致`,
          );
        }
      });
    }
  },
};
