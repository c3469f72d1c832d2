/**
 * Link checker over a built site: every internal link and #anchor resolves, no link
 * runs code, and every external link is listed for review. One file per kind of check.
 */
import { checkAnchors } from './anchors.ts';
import { collectExternalLinks } from './external-links.ts';
import { checkInternalLinks } from './internal-links.ts';
import { loadBuiltSite } from './load-site.ts';
import type { LinkReport } from './types.ts';
import { checkUnsafeLinks } from './unsafe-links.ts';

export type { LinkReport } from './types.ts';
export { formatExternalLinksReport, formatProblems } from './report.ts';

/** Checks the built site in `root` (dist/); `siteOrigin` is the site's public origin. */
export function checkLinks(root: string, siteOrigin: string): LinkReport {
  const site = loadBuiltSite(root);
  const problems = [
    ...checkInternalLinks(site, siteOrigin),
    ...checkAnchors(site, siteOrigin),
    ...checkUnsafeLinks(site, siteOrigin),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.url.localeCompare(b.url));
  return {
    pagesChecked: site.ids.size,
    linksChecked: site.links.length,
    problems,
    external: collectExternalLinks(site, siteOrigin),
  };
}
