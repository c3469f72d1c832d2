/**
 * Search results as readers see them: Pagefind's record hits grouped into
 * documents, ordered (the document a 文号 query names first, then documents
 * whose title contains the query, then by Pagefind's score), glossary terms
 * that match the query lifted out as cards.
 */
import type { Catalogue, CatalogueDoc } from './index-records.ts';
import type { SearchQuery } from './query.ts';
import { normaliseWenhao } from '../wenhao.ts';
import { textWords } from './tokens.ts';

export interface DocHit {
  /** Index in catalogue.docs. */
  doc: number;
  /** Matching record ids, best first. */
  records: string[];
  score: number;
}

const SEP = '\u0001';
const joined = (words: string[]) => `${SEP}${words.join(SEP)}${SEP}`;
/** True when `needle` occurs as consecutive words in `haystack`. */
export function containsWords(haystack: string[], needle: string[]): boolean {
  return needle.length > 0 && joined(haystack).includes(joined(needle));
}

/** True when `words` occur consecutively in `text`. */
export function containsPhrase(text: string, words: string[]): boolean {
  return containsWords(textWords(text), words);
}

function group(catalogue: Catalogue, ids: Iterable<string>, scores: Map<string, number>): Map<number, DocHit> {
  const docs = new Map<number, DocHit>();
  for (const id of ids) {
    const doc = catalogue.records[id];
    if (doc === undefined) continue; // a record the catalogue does not know (index newer than the catalogue): skip it
    const hit = docs.get(doc) ?? { doc, records: [], score: 0 };
    hit.records.push(id);
    hit.score = Math.max(hit.score, scores.get(id) ?? 0);
    docs.set(doc, hit);
  }
  for (const hit of docs.values()) hit.records.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  return docs;
}

/**
 * Documents that contain every phrase somewhere (`phraseRecords`: each
 * phrase's records, from Pagefind's exact search), each with its matching
 * records ordered by Pagefind's ranked score.
 */
export function matchDocs(catalogue: Catalogue, phraseRecords: Set<string>[], scores: Map<string, number>): DocHit[] {
  if (phraseRecords.length === 0) return [];
  const [first, ...rest] = phraseRecords.map((ids) => group(catalogue, ids, scores));
  return [...first.values()]
    .filter((hit) => rest.every((m) => m.has(hit.doc)))
    .map((hit) => {
      const records = new Set(hit.records);
      for (const m of rest) m.get(hit.doc)!.records.forEach((id) => records.add(id));
      return group(catalogue, records, scores).get(hit.doc)!;
    });
}

function tier(doc: CatalogueDoc, query: SearchQuery): number {
  if (query.wenhao && doc.wenhao && normaliseWenhao(doc.wenhao) === query.wenhao) return 0;
  if (query.phraseWords.every((words) => containsPhrase(doc.title, words))) return 1;
  return 2;
}

/** Relevance order: the 文号's own document, then title matches, then score, then newest. */
export function rankDocs(hits: DocHit[], catalogue: Catalogue, query: SearchQuery): DocHit[] {
  const key = (h: DocHit) => ({ tier: tier(catalogue.docs[h.doc], query), date: catalogue.docs[h.doc].date ?? '' });
  return [...hits].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka.tier - kb.tier || b.score - a.score || kb.date.localeCompare(ka.date) || a.doc - b.doc;
  });
}

export type SortOrder = 'relevance' | 'date-desc' | 'date-asc';

/** Date order keeps relevance order among equal dates; undated documents go last. */
export function sortDocs(ranked: DocHit[], catalogue: Catalogue, order: SortOrder): DocHit[] {
  if (order === 'relevance') return ranked;
  const sign = order === 'date-desc' ? -1 : 1;
  return ranked
    .map((hit, i) => ({ hit, i, date: catalogue.docs[hit.doc].date }))
    .sort((a, b) => (!a.date || !b.date ? (a.date ? -1 : b.date ? 1 : 0) : sign * a.date.localeCompare(b.date)) || a.i - b.i)
    .map((x) => x.hit);
}

/**
 * Glossary terms the query names: the term (or one of its written forms)
 * equals the query, contains it, or is contained in it. Equal terms first,
 * then shorter ones; at most `limit`.
 */
export function glossaryCards(hits: DocHit[], catalogue: Catalogue, query: SearchQuery, limit = 3): DocHit[] {
  const queryWords = query.phraseWords.flat();
  const scored = hits.flatMap((hit) => {
    const doc = catalogue.docs[hit.doc];
    if (!doc.term) return [];
    const forms = [doc.term, ...(doc.variants ?? [])].map(textWords);
    const equal = forms.some((f) => f.join(SEP) === queryWords.join(SEP));
    const related = forms.some((f) => containsWords(f, queryWords) || (f.length > 1 && containsWords(queryWords, f)));
    return equal || related ? [{ hit, equal, length: forms[0].length }] : [];
  });
  return scored
    .sort((a, b) => Number(b.equal) - Number(a.equal) || a.length - b.length)
    .slice(0, limit)
    .map((x) => x.hit);
}
