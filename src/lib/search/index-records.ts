/**
 * From a page's records to what Pagefind indexes, and to the search catalogue:
 * the small JSON the browser uses to show a result (title, type, 文号, date,
 * facets) and to group section records into documents without fetching every
 * record's text.
 */
import type { PageRecords } from './page-records.ts';
import { indexText } from './tokens.ts';

/**
 * Language tag given to every record. Not zh: Pagefind's extended binary would
 * segment zh text again with its own dictionary and undo ours (tokens.ts). The
 * pages themselves stay lang="zh-CN"; with a single index the browser uses it.
 */
export const INDEX_LANGUAGE = 'und';

/** Meta kept verbatim (not tokenised): values that are read, never searched. */
const VERBATIM_META = new Set(['date']);

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * A record's URL: the page, at its anchor. Pagefind keeps one record per URL,
 * so the continuations of a section that share an anchor (a long table) get
 * ?part=2, ?part=3: still a working link to the same place.
 */
export function sectionUrl(pageUrl: string, anchor: string | null, part = 1): string {
  return `${pageUrl}${part > 1 ? `?part=${part}` : ''}${anchor ? `#${anchor}` : ''}`;
}

/** One Pagefind record per section; meta is tokenised so that titles and 文号 are searchable word by word. */
export function searchRecords(page: PageRecords): SearchRecord[] {
  const meta = Object.fromEntries(
    Object.entries(page.meta).map(([k, v]) => [k, VERBATIM_META.has(k) ? v : indexText(v)]),
  );
  const seen = new Map<string | null, number>();
  return page.sections.map((section) => ({
    url: sectionUrl(page.url, section.anchor, seen.set(section.anchor, (seen.get(section.anchor) ?? 0) + 1).get(section.anchor)),
    content: indexText(section.text),
    language: INDEX_LANGUAGE,
    meta: section.heading ? { ...meta, section: indexText(section.heading) } : meta,
    filters: page.filters,
    sort: page.sort,
  }));
}

export interface CatalogueDoc {
  url: string;
  title: string;
  /** 类型: 公报, 报告, 文件 or 名词. */
  type: string;
  wenhao: string | null;
  date: string | null;
  /** Every facet value of the page, by facet name (类型, 年份, 发文机关, 文种, 有效性). */
  filters: Record<string, string[]>;
  /** Glossary pages: the term and its other written forms. */
  term?: string;
  variants?: string[];
}

export interface Catalogue {
  version: 1;
  docs: CatalogueDoc[];
  /**
   * Pagefind result id → index in docs. Only that: a record's link and section
   * heading come with its fragment, which the browser loads anyway for the excerpt,
   * so the catalogue stays small as the site grows.
   */
  records: Record<string, number>;
}

export function catalogueDoc(page: PageRecords): CatalogueDoc {
  const { meta, filters, sort } = page;
  const doc: CatalogueDoc = {
    url: page.url,
    title: meta.title ?? page.url,
    type: meta.type ?? filters['类型']?.[0] ?? '',
    wenhao: meta['文号'] ?? null,
    date: meta.date ?? sort.date ?? null,
    filters,
  };
  if (meta.term) doc.term = meta.term;
  if (meta.variants) doc.variants = meta.variants.split('、').filter(Boolean);
  return doc;
}

/** What identifies a record in Pagefind's output: its URL and its text (continuations of a long table share a URL). */
export function recordKey(record: { url: string; content: string }): string {
  return `${record.url}\u0000${record.content}`;
}

/**
 * The catalogue of all pages. `recordIds` maps a record's key to the id Pagefind
 * gave its fragment; every record must have one, or the browser could not place it.
 */
export function buildCatalogue(pages: PageRecords[], recordIds: Map<string, string>): Catalogue {
  const catalogue: Catalogue = { version: 1, docs: [], records: {} };
  pages.forEach((page, index) => {
    catalogue.docs.push(catalogueDoc(page));
    const records = searchRecords(page);
    for (const record of records) {
      const id = recordIds.get(recordKey(record));
      if (!id) throw new Error(`搜索索引中缺少记录：${record.url}`);
      catalogue.records[id] = index;
    }
  });
  return catalogue;
}
