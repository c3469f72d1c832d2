/** The search facets, in the order the search page shows them (the names of the pages' data-pagefind-filter keys). */
export const FACETS = ['类型', '年份', '发文机关', '文种', '有效性'] as const;
export type Facet = (typeof FACETS)[number];
