/**
 * A reader's query, however typed, as phrases of index words.
 *
 * A 文号 in any of its printed or typed forms (沙府发〔2025〕8号, 沙府发〔2025〕8 号,
 * 沙府发[2025]8号, 沙府发2025 8号) becomes one phrase, the canonical 文号's words.
 * Otherwise whitespace separates phrases (every phrase must occur in a result),
 * except inside quotation marks, which keep a phrase together.
 */
import { normaliseWenhao } from '../wenhao.ts';
import { textWords } from './tokens.ts';

export interface SearchQuery {
  /** The query as typed, trimmed. */
  text: string;
  /** Canonical 文号 when the whole query is one, e.g. 沙府发〔2025〕8号. */
  wenhao: string | null;
  /** Each phrase as typed (quotes removed), for display and glossary matching. */
  phrases: string[];
  /** Each phrase's words; phrases without any word (only punctuation) are dropped. */
  phraseWords: string[][];
}

const QUOTED = /[“"「『]([^”"」』]*)[”"」』]/g;

function splitPhrases(text: string): string[] {
  const phrases: string[] = [];
  const rest = text.replace(QUOTED, (_, inner: string) => {
    phrases.push(inner.trim());
    return ' ';
  });
  phrases.push(...rest.split(/[\s\u3000]+/));
  return phrases.filter((p) => p.length > 0);
}

export function parseQuery(input: string): SearchQuery {
  const text = input.replace(/[\s\u3000]+/g, ' ').trim();
  const wenhao = normaliseWenhao(text);
  const phrases = wenhao ? [wenhao] : splitPhrases(text);
  const kept = phrases.map((p) => ({ p, words: textWords(p) })).filter((x) => x.words.length > 0);
  return { text, wenhao, phrases: kept.map((x) => x.p), phraseWords: kept.map((x) => x.words) };
}

/** Pagefind term for consecutive words: a quoted phrase (Pagefind's exact search). */
export function exactTerm(words: string[]): string {
  return `"${words.join(' ')}"`;
}

/** Pagefind term that ranks records by how well they contain all the words, anywhere. */
export function rankedTerm(query: SearchQuery): string {
  return query.phraseWords.flat().join(' ');
}

/** True when the query has something to search for. */
export function isSearchable(query: SearchQuery): boolean {
  return query.phraseWords.length > 0;
}
