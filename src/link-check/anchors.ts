/**
 * Check: every #fragment points to an element of the target page. Fragments are
 * compared decoded, so `#%E9%99%84%E4%BB%B6` and `#附件` both find id="附件".
 */
import { classifyLink } from './classify.ts';
import { resolveSitePath, safeDecode } from './resolve.ts';
import type { BuiltSite, LinkProblem } from './types.ts';

/** `#` and `#top` scroll to the top of any page (HTML "scroll to the fragment"). */
function pointsToTop(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top';
}

export function checkAnchors(site: BuiltSite, siteOrigin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const link of site.links) {
    const target = classifyLink(link, siteOrigin);
    if (target.kind !== 'internal' || target.fragment === null) continue;
    const resolution = resolveSitePath(site.files, target.path);
    // A missing page is the internal-links check's finding; only existing HTML pages have ids.
    if (!resolution.found) continue;
    const ids = site.ids.get(resolution.file);
    if (!ids) continue;
    const fragment = safeDecode(target.fragment);
    if (pointsToTop(fragment) && !ids.has(fragment)) continue;
    if (!ids.has(fragment)) {
      problems.push({
        ...link,
        kind: 'missing-anchor',
        message: `页面 ${resolution.file} 中没有 id 为“${fragment}”的元素`,
      });
    }
  }
  return problems;
}
