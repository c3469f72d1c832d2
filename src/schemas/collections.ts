/**
 * The collections' names: one list, one type, used by the schemas' references,
 * the content loader and checker, and Astro's collection config alike.
 */

/** Every collection, by its folder under content/. */
export const COLLECTION_KEYS = [
  'gazettes',
  'reports',
  'notices',
  'glossary',
  'indicators',
  'tasks',
  'editions',
] as const;

/** The name of a collection (and of its folder under content/). */
export type CollectionKey = (typeof COLLECTION_KEYS)[number];
