/**
 * The `citation_*` meta tags that reference managers and scholarly search engines
 * (Zotero, Google Scholar) read from a page: title, author, date, publisher, URL, and
 * the gazette issue and page or the 文号 when there are.
 */

/** What a citable page states about itself. */
export interface CitationSource {
  title: string;
  /** 发文机关 or the report's speaker. */
  author: string | null;
  /** Publication date, YYYY-MM-DD. */
  date: string | null;
  publisher: string;
  /** Absolute URL of the page. */
  url: string;
  /** 文号, written as the report number. */
  number?: string | null;
  /** The gazette the text was printed in: its name, issue number and first page. */
  gazette?: { name: string; issue: number; page: number | null } | null;
}

/** Name/content pairs, in the order they go into the head. */
export function citationMeta(c: CitationSource): [string, string][] {
  const rows: [string, string | null | undefined][] = [
    ['citation_title', c.title],
    ['citation_author', c.author],
    // Google Scholar's form: YYYY/MM/DD.
    ['citation_publication_date', c.date?.replace(/-/g, '/')],
    ['citation_publisher', c.publisher],
    ['citation_public_url', c.url],
    ['citation_abstract_html_url', c.url],
    ['citation_language', 'zh'],
    ['citation_technical_report_number', c.number],
    ['citation_journal_title', c.gazette?.name],
    ['citation_issue', c.gazette ? String(c.gazette.issue) : null],
    ['citation_firstpage', c.gazette?.page ? String(c.gazette.page) : null],
  ];
  return rows.filter((r): r is [string, string] => typeof r[1] === 'string' && r[1].length > 0);
}
