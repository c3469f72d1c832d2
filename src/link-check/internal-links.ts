/** Check: every link inside the site points to a file that was built. */
import { classifyLink } from './classify.ts';
import { resolveSitePath } from './resolve.ts';
import type { BuiltSite, LinkProblem } from './types.ts';

export function checkInternalLinks(site: BuiltSite, siteOrigin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const link of site.links) {
    const target = classifyLink(link, siteOrigin);
    if (target.kind !== 'internal') continue;
    const resolution = resolveSitePath(site.files, target.path);
    if (!resolution.found) {
      problems.push({ ...link, kind: 'missing-target', message: `链接指向的页面不存在（${resolution.reason}）` });
    }
  }
  return problems;
}
