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
  /** False when no document holds every phrase as typed and the hits hold every word, not necessarily together. */
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
    /** Records of an exact search; exact results carry the phrase's positions, so their excerpts highlight it whole. */
    const exactRecords = async (words: string[]) => {
      const results = (await pf.search(exactTerm(words)))?.results ?? [];
      for (const r of results) byId.set(r.id, r);
      return new Set(results.map((r) => r.id));
    };
    /** Pagefind's ranked scores (a word found nowhere is ignored by Pagefind, so this never decides a match). */
    const rankedScores = async (term: string, into: Map<string, number>, excerpts: 'keep' | 'replace') => {
      for (const r of (await pf.search(term))?.results ?? []) {
        into.set(r.id, (into.get(r.id) ?? 0) + r.score);
        if (excerpts === 'replace' || !byId.has(r.id)) byId.set(r.id, r);
      }
    };
    const scores = new Map<string, number>();
    const [phraseSets] = await Promise.all([
      Promise.all(query.phraseWords.map(exactRecords)),
      Promise.all(query.phraseWords.map((words) => rankedScores(words.join(' '), scores, 'keep'))),
    ]);
    let hits = matchDocs(catalogue, phraseSets, scores);
    const exact = hits.length > 0;
    if (!exact) {
      // No document holds the phrases as typed: documents that hold every word somewhere, if any.
      const words = [...new Set(query.phraseWords.flat())];
      const looseScores = new Map<string, number>();
      const wordSets = await Promise.all(words.map((w) => exactRecords([w])));
      // Ranked results mark every word of the query in their excerpts.
      await rankedScores(rankedTerm(query), looseScores, 'replace');
      hits = matchDocs(catalogue, wordSets, looseScores);
    }
    return {
      catalogue,
      hits: rankDocs(hits, catalogue, query),
      exact,
      data: async (id) => (byId.has(id) ? byId.get(id)!.data() : null),
    };
  }
}
