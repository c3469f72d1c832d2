/**
 * Sorts a found URL into what the checks need: a path inside the site (with its
 * fragment), a link that leaves the site, or a scheme that must never appear.
 */
import type { FoundLink } from './types.ts';

export type LinkTarget =
  | { kind: 'internal'; path: string; fragment: string | null }
  | { kind: 'external'; url: string }
  | { kind: 'unsafe'; scheme: string }
  /** mailto:, tel:… leave the site without being web pages; listed with the external links. */
  | { kind: 'other-scheme'; url: string };

/** Schemes that run code or smuggle content when followed. */
const UNSAFE_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:']);

/**
 * `siteOrigin` is the public origin (https://www.example.gov.cn): absolute URLs to it
 * (canonical links, sitemaps, citations) are checked like relative ones.
 */
export function classifyLink(link: FoundLink, siteOrigin: string): LinkTarget {
  // Browsers strip tabs and newlines from URLs before parsing: `java\nscript:` is still javascript:.
  const cleaned = link.url.replace(/[\t\n\r]/g, '');
  const base = new URL(link.file, siteOrigin);
  let url: URL;
  try {
    url = new URL(cleaned, base);
  } catch {
    // An unparseable URL cannot be followed: report it as a missing target.
    return { kind: 'internal', path: cleaned, fragment: null };
  }
  if (UNSAFE_SCHEMES.has(url.protocol)) return { kind: 'unsafe', scheme: url.protocol };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'other-scheme', url: url.href };
  if (url.origin !== new URL(siteOrigin).origin) return { kind: 'external', url: url.href };
  const fragment = url.hash ? url.hash.slice(1) : cleaned.endsWith('#') ? '' : null;
  return { kind: 'internal', path: url.pathname, fragment };
}
