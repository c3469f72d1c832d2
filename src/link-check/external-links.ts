/**
 * Lists every link that leaves the site (other hosts, mailto:, tel:), with the pages
 * that use it. They are never fetched by the tests (CI has no network); the list is
 * for a person to review.
 */
import { classifyLink } from './classify.ts';
import type { BuiltSite, ExternalLink } from './types.ts';

export function collectExternalLinks(site: BuiltSite, siteOrigin: string): ExternalLink[] {
  const pagesByUrl = new Map<string, Set<string>>();
  for (const link of site.links) {
    const target = classifyLink(link, siteOrigin);
    if (target.kind !== 'external' && target.kind !== 'other-scheme') continue;
    const pages = pagesByUrl.get(target.url) ?? new Set<string>();
    pages.add(link.file);
    pagesByUrl.set(target.url, pages);
  }
  return [...pagesByUrl]
    .map(([url, pages]) => ({ url, pages: [...pages].sort() }))
    .sort((a, b) => a.url.localeCompare(b.url));
}
