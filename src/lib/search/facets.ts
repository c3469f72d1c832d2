/**
 * Facets of the result set: 类型, 年份, 发文机关, 文种, 有效性, counted per
 * document. A facet's counts respect the choices made in the other facets
 * (not its own, so that its other values stay selectable); values within one
 * facet combine with OR, facets with AND.
 */
import { docFacets, type Catalogue } from './catalogue.ts';
import { FACETS, type Facet } from './facet-names.ts';
import type { DocHit } from './results.ts';

export { FACETS, type Facet };
export type Selection = Partial<Record<Facet, string[]>>;

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

function passes(values: Partial<Record<Facet, string[]>>, selection: Selection, except?: Facet): boolean {
  return FACETS.every((facet) => {
    const chosen = selection[facet];
    if (facet === except || !chosen || chosen.length === 0) return true;
    return (values[facet] ?? []).some((v) => chosen.includes(v));
  });
}

/** The hits that satisfy every chosen facet value. */
export function applySelection(hits: DocHit[], catalogue: Catalogue, selection: Selection): DocHit[] {
  return hits.filter((hit) => passes(docFacets(catalogue, hit.doc), selection));
}

/** Value order: years newest first, everything else by count, then in Chinese collation. */
function compare(facet: Facet, a: FacetValue, b: FacetValue): number {
  if (facet === '年份') return b.value.localeCompare(a.value);
  return b.count - a.count || a.value.localeCompare(b.value, 'zh-CN');
}

export function facetCounts(hits: DocHit[], catalogue: Catalogue, selection: Selection): Record<Facet, FacetValue[]> {
  const result = {} as Record<Facet, FacetValue[]>;
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    for (const hit of hits) {
      const values = docFacets(catalogue, hit.doc);
      if (!passes(values, selection, facet)) continue;
      for (const value of values[facet] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    for (const value of selection[facet] ?? []) if (!counts.has(value)) counts.set(value, 0);
    result[facet] = [...counts]
      .map(([value, count]) => ({ value, count, selected: (selection[facet] ?? []).includes(value) }))
      .sort((a, b) => compare(facet, a, b));
  }
  return result;
}
