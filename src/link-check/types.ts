/** Shared shapes of the link checker over a built site (dist/). */

/** One URL found in a built file. */
export interface FoundLink {
  /** Site path of the file it was found in, e.g. /documents/x/index.html. */
  file: string;
  /** Where it was found: `a[href]`, `link[href]`, `sitemap <loc>`… */
  source: string;
  /** The URL exactly as written in the file (entities decoded). */
  url: string;
}

/** A link that does not resolve, or must not exist. */
export interface LinkProblem extends FoundLink {
  kind: 'missing-target' | 'missing-anchor' | 'unsafe-scheme';
  /** Explanation for the webmaster, in Chinese. */
  message: string;
}

/** A link that leaves the site; listed in the report, never fetched. */
export interface ExternalLink {
  url: string;
  /** Site paths of the pages that link to it. */
  pages: string[];
}

/** The built site as the checks see it. */
export interface BuiltSite {
  /** Every file, as site paths (/index.html, /_astro/x.css…). */
  files: Set<string>;
  /** The ids (and a[name]s) of every HTML page, by site path. */
  ids: Map<string, Set<string>>;
  /** Every link found, in HTML pages and in XML feeds and sitemaps. */
  links: FoundLink[];
}

/** What the whole check found. */
export interface LinkReport {
  pagesChecked: number;
  linksChecked: number;
  problems: LinkProblem[];
  external: ExternalLink[];
}
