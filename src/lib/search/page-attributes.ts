/**
 * The attributes a page carries for the search index: which facets it
 * files under (FACETS, one attribute name per facet), its result type, its
 * metadata and its sort date. Every page builds them here, so a facet has
 * one name and one attribute everywhere.
 */
import type { Facet } from './facet-names.ts';

/** The attribute that holds each facet's value (类型 is written as a literal). */
const FACET_ATTRIBUTE: Record<Exclude<Facet, '类型'>, string> = {
  年份: 'data-search-year',
  发文机关: 'data-search-issuer',
  文种: 'data-search-doctype',
  有效性: 'data-search-validity',
};

/** A page's search fields: a key present with no value files the page under nothing for it. */
export interface SearchFields {
  /** Result type and 类型 facet. */
  type: '文件' | '报告' | '公报' | '名词';
  year?: string | null;
  issuer?: string | null;
  docType?: string | null;
  validity?: string | null;
  /** 文号, shown with the result. */
  wenhao?: string | null;
  /** ISO date: the result's date and the sort key. */
  date?: string | null;
  /** The result's title when it is not the page's h1 (which carries its own `data-pagefind-meta="title"`). */
  title?: string | null;
}

const FACET_FIELDS: [Exclude<Facet, '类型'>, keyof SearchFields][] = [
  ['年份', 'year'],
  ['发文机关', 'issuer'],
  ['文种', 'docType'],
  ['有效性', 'validity'],
];

export function searchAttributes(fields: SearchFields): Record<string, string | undefined> {
  const has = (key: keyof SearchFields) => key in fields;
  const value = (key: keyof SearchFields) => fields[key] ?? undefined;
  const filters = FACET_FIELDS.filter(([, key]) => has(key)).map(([facet]) => `${facet}[${FACET_ATTRIBUTE[facet]}]`);
  const meta = [
    ...(has('title') ? ['title[data-search-title]'] : []),
    ...(has('wenhao') ? ['文号[data-search-wenhao]'] : []),
    ...(has('date') ? ['date[data-search-date]'] : []),
    `type:${fields.type}`,
  ];
  return {
    'data-pagefind-filter': [...filters, `类型:${fields.type}`].join(', '),
    'data-pagefind-meta': meta.join(', '),
    ...(has('date') ? { 'data-pagefind-sort': 'date[data-search-date]' } : {}),
    ...Object.fromEntries(
      FACET_FIELDS.filter(([, key]) => has(key)).map(([facet, key]) => [FACET_ATTRIBUTE[facet], value(key)]),
    ),
    ...(has('title') ? { 'data-search-title': value('title') } : {}),
    ...(has('wenhao') ? { 'data-search-wenhao': value('wenhao') } : {}),
    ...(has('date') ? { 'data-search-date': value('date') } : {}),
  };
}
