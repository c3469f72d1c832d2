/**
 * Which feeds the site publishes and what each carries, from plain data (testable without
 * Astro): every document, one per 文种, one per 发文机关, reports, gazette issues, glossary
 * terms. A feed's items are newest first by the date a reader expects: publication.
 * A feed carries its newest FEED_ITEM_LIMIT items: readers poll it for what is new, and
 * the whole archive is in the listing pages and the open data (/data/), not in a feed
 * that would grow to hundreds of megabytes and be rebuilt with every issue.
 */
import { byDateDesc } from '../dates.ts';
import { FACETS, groupByFacet, type CatalogueItem } from '../catalogue.ts';

/** One item of a feed, before it is written as RSS. */
export interface FeedEntry {
  title: string;
  /** Site path of the page the item points to. */
  url: string;
  /** Publication date (YYYY-MM-DD), or null when none is known. */
  date: string | null;
  /** Short plain-text description (文号, 发文机关, 文种…). */
  description: string;
  categories: string[];
  /** Entry whose MDX body is the item's full text (`content:encoded`), as collection/id. */
  bodyKey: string | null;
  /** Markdown full text, for items that have no body of their own (gazette contents, definitions). */
  markdown: string | null;
}

/** A feed: its address, name, what it is about, its items. */
export interface FeedDefinition {
  /** Site path of the feed file, e.g. /feeds/type/tong-zhi.xml. */
  path: string;
  /** Feed title, shown in feed readers. */
  title: string;
  description: string;
  /** Site path of the listing page the feed follows. */
  page: string;
  /** Which group of feeds it belongs to, for the /feeds/ page. */
  group: 'all' | 'type' | 'issuer' | 'kind';
  /** The newest items (at most FEED_ITEM_LIMIT), newest first. */
  entries: FeedEntry[];
  /** How many items its listing has in all; more than `entries.length` when the feed is capped. */
  total: number;
}

/** How many items a feed carries: the newest ones. */
export const FEED_ITEM_LIMIT = 50;

/** Path of the feed of every document (kept at its first address). */
export const ALL_DOCUMENTS_FEED = '/rss.xml';

/** The date a feed reader shows: the publication date, else the document's own date. */
export function publicationDate(item: CatalogueItem): string | null {
  return item.publishedDate ?? item.date;
}

/** A catalogue document as a feed item. */
export function documentEntry(item: CatalogueItem): FeedEntry {
  return {
    title: item.wenhao ? `${item.title}（${item.wenhao}）` : item.title,
    url: item.url,
    date: publicationDate(item),
    description: [item.wenhao, item.issuer, item.docType, item.validity === '有效' ? null : item.validity]
      .filter(Boolean)
      .join('　'),
    categories: [item.docType, ...item.topics],
    bodyKey: `${item.collection}/${item.id}`,
    markdown: null,
  };
}

/** Newest publication first; undated last; ties by address so the order is stable. */
function sortEntries(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => byDateDesc(a.date, b.date) || a.url.localeCompare(b.url));
}

/** A feed's items and total from all the items of its listing: the newest FEED_ITEM_LIMIT. */
export function newestItems(all: FeedEntry[]): Pick<FeedDefinition, 'entries' | 'total'> {
  return { entries: sortEntries(all).slice(0, FEED_ITEM_LIMIT), total: all.length };
}

/** The feeds of documents: all, reports, one per 文种 and one per 发文机关 (same groups and slugs as the browse pages). */
export function documentFeeds(catalogue: CatalogueItem[], siteName: string): FeedDefinition[] {
  const newest = (items: CatalogueItem[]) => newestItems(items.map(documentEntry));
  const feeds: FeedDefinition[] = [
    {
      path: ALL_DOCUMENTS_FEED,
      title: `${siteName} - 政府文件`,
      group: 'all',
      page: '/documents/',
      description: `重庆市沙坪坝区人民政府公报所载政府文件和工作报告，最新 ${FEED_ITEM_LIMIT} 件，含全文`,
      ...newest(catalogue),
    },
    {
      path: '/feeds/reports.xml',
      title: `${siteName} - 工作报告`,
      group: 'kind',
      page: '/reports/',
      description: '政府工作报告、督查报告等报告，含全文',
      ...newest(catalogue.filter((i) => i.collection === 'reports')),
    },
  ];
  for (const key of ['type', 'issuer'] as const) {
    const facet = FACETS.find((f) => f.key === key)!;
    for (const group of groupByFacet(catalogue, facet)) {
      feeds.push({
        path: `/feeds/${key}/${group.slug}.xml`,
        title: `${siteName} - ${key === 'type' ? '文种' : '发文机关'}：${group.name}`,
        description: `${key === 'type' ? '文种为' : '发文机关为'}“${group.name}”的文件，含全文`,
        page: `/documents/${key}/${group.slug}/`,
        group: key,
        ...newest(group.items),
      });
    }
  }
  return feeds;
}
