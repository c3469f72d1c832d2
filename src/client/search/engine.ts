/**
 * Runs a query against the Pagefind index in the browser: for each phrase an
 * exact search (its words consecutive) and a ranked search (scores, and where
 * the query's words are), then keeps the documents that hold every phrase.
 * The index is in shards (src/lib/search/shards.ts): the catalogue lists them,
 * Pagefind loads the first and merges the others (mergeIndex). The catalogue's
 * arrays follow each shard's page order, read from the shard's metadata file
 * once Pagefind has loaded it (so it comes from the cache).
 */
import type { Catalogue } from '../../lib/search/catalogue.ts';
import { pagefindPageHashes } from '../../lib/search/pf-meta.ts';
import { exactTerm, rankedTerm, type SearchQuery } from '../../lib/search/query.ts';
import { matchDocs, rankDocs, type DocHit, type PhraseMatches, type Ranked } from '../../lib/search/results.ts';

export const INDEX_BASE = '/pagefind/';
export const CATALOGUE_JSON = `${INDEX_BASE}catalogue.json`;

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
}
interface PagefindModule {
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchIndex {
  catalogue: Catalogue;
  /** Result id → document number. */
  docOf: (id: string) => number | undefined;
}

export interface RunResult {
  catalogue: Catalogue;
  /** Matching documents in relevance order. */
  hits: DocHit[];
  /** False when no document holds every phrase as typed and the hits hold every word, not necessarily together. */
  exact: boolean;
}

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`搜索索引读取失败（${url}，HTTP ${response.status}）`);
  return response;
}

/** A gzip file's contents (passed through when a server has already inflated it for the browser). */
export async function gunzip(response: Response): Promise<Uint8Array> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  if (typeof DecompressionStream === 'undefined') throw new Error('浏览器版本过旧，不支持解压搜索索引');
  return new Uint8Array(
    await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer(),
  );
}

/** Loads the catalogue, Pagefind's code from the first shard, merges the other shards, and numbers their pages. */
async function loadIndex(): Promise<SearchIndex & { pagefind: PagefindModule }> {
  const catalogue = (await (await fetchOk(CATALOGUE_JSON, { cache: 'no-cache' })).json()) as Catalogue;
  if (catalogue.version !== 3 || !catalogue.shards.length) throw new Error('搜索索引正在更新，请稍后刷新页面');
  const [first, ...rest] = catalogue.shards.map((shard) => ({ ...shard, base: `${INDEX_BASE}${shard.path}` }));
  const pagefind = (await import(/* @vite-ignore */ `${first.base}pagefind.js`)) as PagefindModule;
  await pagefind.init();
  await Promise.all(rest.map((shard) => pagefind.mergeIndex(shard.base)));
  // Pagefind has fetched every shard's metadata file: ours come from the cache.
  const numbers = new Map<string, number>();
  let offset = 0;
  for (const shard of [first, ...rest]) {
    const hashes = pagefindPageHashes(await gunzip(await fetchOk(`${shard.base}pagefind.${shard.meta}.pf_meta`)));
    if (hashes.length !== shard.docs) throw new Error('搜索索引正在更新，请稍后刷新页面');
    hashes.forEach((hash, place) => numbers.set(hash, offset + place));
    offset += shard.docs;
  }
  return { pagefind, catalogue, docOf: (id) => numbers.get(id) };
}

export class SearchEngine {
  private index: ReturnType<typeof loadIndex> | null = null;

  /** Starts loading the index code, metadata and catalogue (call early: on focus or when the page has a query). */
  warm(): void {
    this.index ??= loadIndex();
    // A failed load may be retried by the next search.
    this.index.catch(() => (this.index = null));
  }

  async run(query: SearchQuery): Promise<RunResult> {
    this.warm();
    const { pagefind: pf, catalogue, docOf } = await this.index!;
    /** Records of an exact search, with the positions of the phrase's words. */
    const exactMatches = async (words: string[]): Promise<PhraseMatches> =>
      new Map(((await pf.search(exactTerm(words)))?.results ?? []).map((r) => [r.id, r.words]));
    /** Pagefind's ranked scores and word positions (a word found nowhere is ignored by Pagefind, so this never decides a match). */
    const rankedSearch = async (term: string, into: Ranked) => {
      for (const r of (await pf.search(term))?.results ?? []) {
        const seen = into.get(r.id);
        into.set(r.id, { score: (seen?.score ?? 0) + r.score, words: seen ? [...seen.words, ...r.words] : r.words });
      }
    };
    const ranked: Ranked = new Map();
    const [phraseMatches] = await Promise.all([
      Promise.all(query.phraseWords.map(exactMatches)),
      Promise.all(query.phraseWords.map((words) => rankedSearch(words.join(' '), ranked))),
    ]);
    let hits = matchDocs(phraseMatches, ranked, docOf);
    const exact = hits.length > 0;
    if (!exact) {
      // No document holds the phrases as typed: documents that hold every word somewhere, if any.
      const words = [...new Set(query.phraseWords.flat())];
      const loose: Ranked = new Map();
      const [wordMatches] = await Promise.all([
        Promise.all(words.map((w) => exactMatches([w]))),
        rankedSearch(rankedTerm(query), loose),
      ]);
      hits = matchDocs(wordMatches, loose, docOf, false);
    }
    return { catalogue, hits: rankDocs(hits, catalogue, query), exact };
  }
}
