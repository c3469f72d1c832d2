/**
 * The search page's state in its URL, so that a search can be shared:
 * /search/?q=双减&类型=文件&年份=2022&sort=date-desc
 */
import { FACETS, type Selection } from './facets.ts';
import type { SortOrder } from './results.ts';

export interface SearchState {
  q: string;
  selection: Selection;
  sort: SortOrder;
}

const ORDERS: SortOrder[] = ['relevance', 'date-desc', 'date-asc'];

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) selection[facet] = [...new Set(values)];
  }
  const sort = params.get('sort') as SortOrder | null;
  return { q: params.get('q') ?? '', selection, sort: sort && ORDERS.includes(sort) ? sort : 'relevance' };
}

/** Query string for a state; default values are left out. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.selection[facet] ?? []) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
