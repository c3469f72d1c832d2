/** Check: no link runs code (javascript:, vbscript:) or carries a document inline (data:). */
import { classifyLink } from './classify.ts';
import type { BuiltSite, LinkProblem } from './types.ts';

export function checkUnsafeLinks(site: BuiltSite, siteOrigin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const link of site.links) {
    const target = classifyLink(link, siteOrigin);
    if (target.kind === 'unsafe') {
      problems.push({
        ...link,
        kind: 'unsafe-scheme',
        message: `不允许使用 ${target.scheme} 链接：它会执行代码或内嵌文档`,
      });
    }
  }
  return problems;
}
