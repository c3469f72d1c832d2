/**
 * The glossary index's filter-as-you-type: each term carries a key made of its
 * forms and their pinyin, and a query matches when the key contains it. This
 * module runs in the browser too (src/client/glossary/filter.ts), so it imports nothing.
 */

/** Lower case, without whitespace or quote marks: what typing and keys are compared as. */
export function foldForFilter(text: string): string {
  return text.toLowerCase().replace(/[\s“”‘’"'「」『』·・]/g, '');
}

/** Whether a term with filter key `key` matches what the reader typed; an empty query matches all. */
export function matchesFilter(key: string, query: string): boolean {
  const q = foldForFilter(query);
  return q === '' || key.includes(q);
}
