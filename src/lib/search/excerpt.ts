/**
 * Excerpts, built in the browser from a document's own text (a part of it,
 * fetched from the index folder) and the word positions Pagefind matched:
 * the words around the first match, matched words marked. Tokens are as
 * printed (tokens.ts: one word plus its punctuation each), so the excerpt reads
 * like the page: tokens are joined without spaces, except between two Latin
 * letters or digits ("AI 应用" stays readable as "AI应用" but "and the" keeps
 * its space), and the end of a paragraph or table cell shows as a space.
 * The result is plain segments, never HTML, so it can be put in the page as text.
 */
import type { DocPart } from './index-records.ts';
import { BLOCK_MARK, displayTokens, tokenWord } from './tokens.ts';

export interface ExcerptSegment {
  text: string;
  /** True for a matched (highlighted) part. */
  mark: boolean;
}

/** Words in an excerpt. */
export const EXCERPT_WORDS = 60;
/** Words shown before the first match. */
const BEFORE = 12;
const ASCII_WORD = /[A-Za-z0-9]/;

/**
 * The excerpt of `tokens` around token `first`, marking the tokens whose index
 * is in `marked`; "…" where the text goes on.
 */
export function tokenExcerpt(
  tokens: string[],
  first: number,
  marked: Set<number>,
  length = EXCERPT_WORDS,
): ExcerptSegment[] {
  const start = Math.max(0, Math.min(first - Math.min(BEFORE, length - 1), tokens.length - length));
  const end = Math.min(tokens.length, start + length);
  const segments: ExcerptSegment[] = [];
  const add = (text: string, mark: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text;
    else if (text) segments.push({ text, mark });
  };
  if (start > 0) add('…', false);
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    const previous = i > start ? tokens[i - 1] : '';
    if (previous && !previous.includes(BLOCK_MARK) && ASCII_WORD.test(previous.slice(-1)) && ASCII_WORD.test(token[0]))
      add(' ', false);
    const mark = marked.has(i);
    // The mark ends the token's block; punctuation opening the next block may follow it (页␞【).
    const at = token.indexOf(BLOCK_MARK);
    if (at < 0) {
      add(token, mark);
      continue;
    }
    const opening = token.slice(at + 1);
    add(token.slice(0, at), mark);
    if (opening || i < end - 1) add(' ', false);
    add(opening, false);
  }
  if (end < tokens.length) add('…', false);
  return segments;
}

/** What a result shows under its title: a link to the matched section, that section's heading, the excerpt. */
export interface Excerpt {
  href: string;
  heading: string | null;
  segments: ExcerptSegment[];
}

/**
 * The word position a document's excerpt is built around. Pagefind's exact
 * search reports only a phrase's first occurrence (which may be in the
 * 文号/title zone), its ranked search every position of every query word: the
 * target is the first position at or after `bodyFrom` (where the zone ends) in
 * a run of positions at least as long as the shortest phrase (the phrase,
 * found again), or any query word's when the document matched word by word
 * (no phrases), or `bodyFrom` itself. Its part is ⌊target / PART_WORDS⌋.
 */
export function excerptTarget(
  hit: { phrases: number[][]; words: number[]; ranked: number[] },
  phraseLengths: number[],
  bodyFrom: number,
): number {
  const all = [...new Set([...hit.words, ...hit.ranked])].filter((p) => p >= bodyFrom).sort((a, b) => a - b);
  const shortest = hit.phrases.length && phraseLengths.length ? Math.min(...phraseLengths) : 1;
  for (let i = 0; i + shortest <= all.length; i++) {
    if (all[i + shortest - 1] - all[i] === shortest - 1) return all[i];
  }
  return bodyFrom;
}

/** Indexes of the tokens that spell one of `phrases` (each a list of words). */
export function phraseTokens(tokens: string[], phrases: string[][]): Set<number> {
  const words = tokens.map(tokenWord);
  const marked = new Set<number>();
  for (const phrase of phrases.filter((p) => p.length)) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, k) => words[i + k] === w)) for (let k = 0; k < phrase.length; k++) marked.add(i + k);
    }
  }
  return marked;
}

/** Link to a section of a page: the page at its anchor. */
export function sectionHref(url: string, anchor: string | null): string {
  return anchor ? `${url}#${encodeURIComponent(anchor)}` : url;
}

/** The excerpt of a part around `target`, with every occurrence of `phrases` (lists of words) marked. */
export function partExcerpt(part: DocPart, phrases: string[][], target: number): Excerpt {
  const tokens = displayTokens(part.text);
  const first = Math.min(Math.max(target - part.start, 0), Math.max(tokens.length - 1, 0));
  const marked = phraseTokens(tokens, phrases);
  const section = part.sections.filter((s) => s[0] <= part.start + first).at(-1) ?? part.sections[0];
  return {
    href: sectionHref(part.url, section?.[1] ?? null),
    heading: section?.[2] ?? null,
    segments: tokens.length ? tokenExcerpt(tokens, first, marked) : [],
  };
}
