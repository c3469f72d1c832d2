/**
 * Runs a query against the Pagefind index in the browser: for each phrase an
 * exact search (its words consecutive) and a ranked search (for scores), then
 * groups the records into documents with the catalogue (src/lib/search).
 */
import type { Catalogue } from '../../lib/search/index-records.ts';
import { exactTerm, rankedTerm, type SearchQuery } from '../../lib/search/query.ts';
import { matchDocs, rankDocs, type DocHit } from '../../lib/search/results.ts';

export const PAGEFIND_JS = '/pagefind/pagefind.js';
export const CATALOGUE_JSON = '/pagefind/catalogue.json';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

export interface RunResult {
  catalogue: Catalogue;
  /** Matching documents in relevance order. */
  hits: DocHit[];
  exact: boolean;
  /** Loads a record's excerpt and meta (one small fragment file per record). */
  data(recordId: string): Promise<PagefindData | null>;
}

export class SearchEngine {
  private pagefind: Promise<PagefindModule> | null = null;
  private catalogue: Promise<Catalogue> | null = null;

  /** Starts loading the index code and the catalogue (call early: on focus or when the page has a query). */
  warm(): void {
    this.pagefind ??= import(/* @vite-ignore */ PAGEFIND_JS).then(async (pf: PagefindModule) => {
      await pf.options({ excerptLength: 60 });
      return pf;
    });
    this.catalogue ??= fetch(CATALOGUE_JSON, { cache: 'no-cache' }).then((response) => {
      if (!response.ok) throw new Error(`搜索目录读取失败（HTTP ${response.status}）`);
      return response.json() as Promise<Catalogue>;
    });
    // A failed load may be retried by the next search.
    this.pagefind.catch(() => (this.pagefind = null));
    this.catalogue.catch(() => (this.catalogue = null));
  }

  async run(query: SearchQuery): Promise<RunResult> {
    this.warm();
    const [pf, catalogue] = await Promise.all([this.pagefind!, this.catalogue!]);
    const byId = new Map<string, PagefindResult>();
    const scores = new Map<string, number>();
    const phraseSets = await Promise.all(
      query.phraseWords.map(async (words) => {
        const [exact, ranked] = await Promise.all([pf.search(exactTerm(words)), pf.search(words.join(' '))]);
        for (const r of ranked?.results ?? []) {
          scores.set(r.id, (scores.get(r.id) ?? 0) + r.score);
          if (!byId.has(r.id)) byId.set(r.id, r);
        }
        // Exact results carry the phrase's own positions: their excerpts highlight it whole.
        for (const r of exact?.results ?? []) byId.set(r.id, r);
        return new Set((exact?.results ?? []).map((r) => r.id));
      }),
    );
    let matches = matchDocs(catalogue, phraseSets, scores);
    if (!matches.exact && query.phraseWords.length > 1) {
      const all = await pf.search(rankedTerm(query));
      const allScores = new Map((all?.results ?? []).map((r) => [r.id, r.score]));
      for (const r of all?.results ?? []) if (!byId.has(r.id)) byId.set(r.id, r);
      matches = matchDocs(catalogue, [], allScores);
    }
    return {
      catalogue,
      hits: rankDocs(matches.hits, catalogue, query),
      exact: matches.exact,
      data: async (id) => (byId.has(id) ? byId.get(id)!.data() : null),
    };
  }
}
