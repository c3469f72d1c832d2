/** Human-readable output of the link checker: problems for the test failure, external links for the report file. */
import type { LinkProblem, LinkReport } from './types.ts';

/** One line per problem: file, where, URL and why. */
export function formatProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `${p.file} ${p.source} ${p.url}：${p.message}`).join('\n');
}

/** Markdown list of every external link and the pages that use it. */
export function formatExternalLinksReport(report: LinkReport): string {
  const lines = [
    '# 外部链接清单 / External links',
    '',
    `检查页面 ${report.pagesChecked} 个，链接 ${report.linksChecked} 个；外部链接 ${report.external.length} 个（测试不访问外部网站，请人工复核）。`,
    '',
  ];
  if (report.external.length === 0) lines.push('（无外部链接）');
  for (const link of report.external) {
    lines.push(`- <${link.url}>`);
    for (const page of link.pages) lines.push(`  - ${page}`);
  }
  return lines.join('\n') + '\n';
}
