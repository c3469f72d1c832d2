/**
 * The document catalogue: one flat, typed list of every published document
 * (notices and reports) with the fields lists, feeds and browse pages need.
 * Built from plain entry data so it can be tested without Astro.
 */
import { byDateDesc, yearOf } from './dates.ts';
import { groupSlug, uniqueSlugs } from './browse-slugs.ts';

/** A document as the catalogue sees it. */
export interface CatalogueItem {
  collection: 'notices' | 'reports';
  /** Entry id (= slug). */
  id: string;
  /** Site path with trailing slash. */
  url: string;
  title: string;
  /** 文号 (normalised) or null. */
  wenhao: string | null;
  /** 文种 for notices, report kind for reports. */
  docType: string;
  issuer: string | null;
  /** Best date for ordering: signing date, else delivered/published date. */
  date: string | null;
  signedDate: string | null;
  publishedDate: string | null;
  validity: string;
  gazette: string | null;
  gazettePage: number | null;
  section: string | null;
  topics: string[];
}

/** Path of a document page. */
export function documentUrl(collection: 'notices' | 'reports', id: string): string {
  return collection === 'notices' ? `/documents/${id}/` : `/reports/${id}/`;
}

/** Newest first; ties broken by 文号 number then title, so the order is stable. */
export function sortCatalogue(items: CatalogueItem[]): CatalogueItem[] {
  return [...items].sort((a, b) => byDateDesc(a.date, b.date) || a.id.localeCompare(b.id));
}

/** A facet of the browse pages: how documents are grouped and how a group's URL segment is made. */
export interface Facet {
  /** URL segment: /documents/<key>/<group>/. */
  key: 'year' | 'issuer' | 'type' | 'status';
  /** Chinese label of the facet. */
  label: string;
  /** Group names of one item (an item can be in no group, e.g. undated). */
  groupsOf(item: CatalogueItem): string[];
}

export const FACETS: Facet[] = [
  { key: 'year', label: '按年份', groupsOf: (i) => (yearOf(i.date) ? [String(yearOf(i.date))] : ['未注明日期']) },
  { key: 'issuer', label: '按发文机关', groupsOf: (i) => [i.issuer ?? '未注明发文机关'] },
  { key: 'type', label: '按文种', groupsOf: (i) => [i.docType] },
  { key: 'status', label: '按有效性', groupsOf: (i) => [i.validity] },
];

export interface FacetGroup {
  name: string;
  slug: string;
  items: CatalogueItem[];
}

/**
 * Groups items by a facet. Years sort newest first, other groups by size then name.
 * Slugs are readable and unique within the facet (browse-slugs.ts), so each group has its own page.
 */
export function groupByFacet(items: CatalogueItem[], facet: Facet): FacetGroup[] {
  const map = new Map<string, CatalogueItem[]>();
  for (const item of items) {
    for (const g of facet.groupsOf(item)) {
      const group = map.get(g);
      if (group) group.push(item);
      else map.set(g, [item]);
    }
  }
  const names = [...map.keys()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const slugs = uniqueSlugs(names, groupSlug);
  const groups = names.map((name) => ({ name, slug: slugs.get(name)!, items: sortCatalogue(map.get(name)!) }));
  if (facet.key === 'year') {
    // Years newest first; the undated group (not four digits) last.
    const rank = (g: FacetGroup) => (/^\d{4}$/.test(g.name) ? -Number(g.name) : 0);
    return groups.sort((a, b) => rank(a) - rank(b));
  }
  return groups.sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name, 'zh-CN'));
}
