/**
 * schema.org JSON-LD: the shared vocabulary of the site's structured data and its
 * serialisation for a `<script type="application/ld+json">` element, which the CSP
 * allows because browsers treat it as data, never as code.
 */

/** A JSON-LD node: a schema.org type and its properties. */
export interface JsonLdNode {
  '@type': string;
  '@id'?: string;
  [property: string]: unknown;
}

export const SCHEMA_CONTEXT = 'https://schema.org';

/** The jurisdiction every document of the site belongs to. */
export const JURISDICTION = {
  '@type': 'AdministrativeArea',
  name: '重庆市沙坪坝区',
  containedInPlace: { '@type': 'AdministrativeArea', name: '重庆市' },
} as const;

/** A government body (发文机关, publisher) as a schema.org organisation. */
export function governmentOrganization(name: string): JsonLdNode {
  return { '@type': 'GovernmentOrganization', name };
}

/** Drops properties whose value is null, undefined or an empty array, so that nodes only state what is known. */
export function compact<T extends Record<string, unknown>>(node: T): T {
  return Object.fromEntries(
    Object.entries(node).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

/**
 * The text of a JSON-LD script element: `@context` added, and `<`, `>`, `&` and the
 * line separators written as JSON escapes, so no text in the data can end the element.
 */
export function jsonLdText(node: JsonLdNode): string {
  return JSON.stringify({ '@context': SCHEMA_CONTEXT, ...node }).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The site itself, for the home page: its name, publisher and search address. */
export function webSite(url: string, name: string, publisher: string): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': `${url}#site`,
    url,
    name,
    inLanguage: 'zh-CN',
    publisher: governmentOrganization(publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: `${url}search/?q={query}`,
      'query-input': 'required name=query',
    },
  };
}
