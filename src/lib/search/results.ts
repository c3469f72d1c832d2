/**
 * Search results as readers see them: Pagefind's page hits joined into the
 * documents that contain every phrase, ordered (the document a 文号 query names
 * first, then documents whose title contains the query, then by Pagefind's
 * score, then newest), and glossary terms that match the query lifted out as cards.
 */
import { docDate, type Catalogue } from './catalogue.ts';
import type { DocHead } from './index-records.ts';
import type { SearchQuery } from './query.ts';
import { textWords } from './tokens.ts';

export interface DocHit {
  /** Document number: its place in Pagefind's page order and in the catalogue's arrays. */
  doc: number;
  /** Pagefind's result id (page hash): names the document's own file. */
  id: string;
  score: number;
  /** Per phrase, the word positions of its exact matches; empty when matched word by word. */
  phrases: number[][];
  /** Every position of the phrases' exact matches (each phrase's first occurrence only), ascending. */
  words: number[];
  /** Every position of every query word (Pagefind's ranked search), in no order: where excerpts find the phrase again. */
  ranked: number[];
}

/** One phrase's (or word's) exact matches: result id → word positions. */
export type PhraseMatches = Map<string, number[]>;

/** Pagefind's ranked search: result id → score and the positions of the query's words. */
export type Ranked = Map<string, { score: number; words: number[] }>;

/**
 * Documents that hold every phrase (`matches`, one map per phrase, from
 * Pagefind's exact search), with their positions and Pagefind's ranked score.
 * `docOf` numbers a result id; ids it does not know are skipped.
 */
export function matchDocs(
  matches: PhraseMatches[],
  ranked: Ranked,
  docOf: (id: string) => number | undefined,
  exact = true,
): DocHit[] {
  if (matches.length === 0) return [];
  const [first, ...rest] = matches;
  const hits: DocHit[] = [];
  for (const id of first.keys()) {
    const doc = docOf(id);
    if (doc === undefined || !rest.every((m) => m.has(id))) continue;
    const phrases = matches.map((m) => m.get(id)!);
    const words = [...new Set(phrases.flat())].sort((a, b) => a - b);
    const rank = ranked.get(id);
    hits.push({ doc, id, score: rank?.score ?? 0, phrases: exact ? phrases : [], words, ranked: rank?.words ?? [] });
  }
  return hits;
}

/** True when `positions` hold `length` consecutive positions starting in [from, to - length]. */
export function occursWithin(positions: number[], length: number, from: number, to: number): boolean {
  const inside = positions.filter((p) => p >= from && p < to);
  if (inside.length < length) return false;
  const set = new Set(inside);
  return inside.some((p) => p + length <= to && Array.from({ length }, (_, i) => p + i).every((q) => set.has(q)));
}

function tier(hit: DocHit, catalogue: Catalogue, query: SearchQuery): number {
  if (hit.phrases.length === 0) return 2;
  const wenhao = catalogue.wenhao[hit.doc] ?? 0;
  const title = catalogue.title[hit.doc] ?? 0;
  const lengths = query.phraseWords.map((w) => w.length);
  if (query.wenhao && occursWithin(hit.phrases[0], lengths[0], 0, wenhao)) return 0;
  if (hit.phrases.every((p, i) => occursWithin(p, lengths[i], wenhao, wenhao + title))) return 1;
  return 2;
}

/** Relevance order: the 文号's own document, then title matches, then score, then newest. */
export function rankDocs(hits: DocHit[], catalogue: Catalogue, query: SearchQuery): DocHit[] {
  const keyed = hits.map((hit) => ({ hit, tier: tier(hit, catalogue, query), date: catalogue.date[hit.doc] ?? 0 }));
  keyed.sort((a, b) => a.tier - b.tier || b.hit.score - a.hit.score || b.date - a.date || a.hit.doc - b.hit.doc);
  return keyed.map((k) => k.hit);
}

export type SortOrder = 'relevance' | 'date-desc' | 'date-asc';

/** Date order keeps relevance order among equal dates; undated documents go last. */
export function sortDocs(ranked: DocHit[], catalogue: Catalogue, order: SortOrder): DocHit[] {
  if (order === 'relevance') return ranked;
  const sign = order === 'date-desc' ? -1 : 1;
  return ranked
    .map((hit, i) => ({ hit, i, date: docDate(catalogue, hit.doc) }))
    .sort(
      (a, b) =>
        (!a.date || !b.date ? (a.date ? -1 : b.date ? 1 : 0) : sign * a.date.localeCompare(b.date)) || a.i - b.i,
    )
    .map((x) => x.hit);
}

const SEP = '\u0001';
const joined = (words: string[]) => `${SEP}${words.join(SEP)}${SEP}`;
/** True when `needle` occurs as consecutive words in `haystack`. */
export function containsWords(haystack: string[], needle: string[]): boolean {
  return needle.length > 0 && joined(haystack).includes(joined(needle));
}

/**
 * Glossary terms the query names, among glossary hits whose files are loaded:
 * the term (or one of its written forms) equals the query, contains it, or is
 * contained in it. Equal terms first, then shorter ones; at most `limit`.
 */
export function glossaryCards(candidates: { hit: DocHit; head: DocHead }[], query: SearchQuery, limit = 3): DocHit[] {
  const queryWords = query.phraseWords.flat();
  const scored = candidates.flatMap(({ hit, head }) => {
    if (!head.term) return [];
    const forms = [head.term, ...(head.variants ?? [])].map(textWords);
    const equal = forms.some((f) => f.join(SEP) === queryWords.join(SEP));
    const related = forms.some((f) => containsWords(f, queryWords) || (f.length > 1 && containsWords(queryWords, f)));
    return equal || related ? [{ hit, equal, length: forms[0].length }] : [];
  });
  return scored
    .sort((a, b) => Number(b.equal) - Number(a.equal) || a.length - b.length)
    .slice(0, limit)
    .map((x) => x.hit);
}
