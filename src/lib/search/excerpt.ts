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
import { BLOCK_MARK, displayTokens } from './tokens.ts';

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
export function tokenExcerpt(tokens: string[], first: number, marked: Set<number>, length = EXCERPT_WORDS): ExcerptSegment[] {
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
    if (previous && !previous.endsWith(BLOCK_MARK) && ASCII_WORD.test(previous.slice(-1)) && ASCII_WORD.test(token[0])) add(' ', false);
    const mark = marked.has(i);
    const ends = token.endsWith(BLOCK_MARK);
    add(ends ? token.slice(0, -1) : token, mark);
    if (ends && i < end - 1) add(' ', false);
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
 * The words to mark in a document's excerpt, and the position to build it
 * around. Pagefind's exact search reports only a phrase's first occurrence
 * (which may be in the 文号/title zone), its ranked search every position of
 * every query word: marked are the positions in runs at least as long as the
 * shortest phrase (the phrase itself, wherever it occurs), or, when the
 * document matched word by word (no phrases), every query word. The target is
 * the first marked position at or after `bodyFrom` (where the zone ends), or
 * `bodyFrom` when the body has none. The target's part is ⌊target / PART_WORDS⌋.
 */
export function excerptMatches(hit: { phrases: number[][]; words: number[]; ranked: number[] }, phraseLengths: number[], bodyFrom: number): { target: number; marked: number[] } {
  const all = [...new Set([...hit.words, ...hit.ranked])].sort((a, b) => a - b);
  let marked = all;
  if (hit.phrases.length && phraseLengths.length) {
    const shortest = Math.min(...phraseLengths);
    marked = [];
    let run: number[] = [];
    for (const p of [...all, Infinity]) {
      if (run.length && p !== run[run.length - 1] + 1) {
        if (run.length >= shortest) marked.push(...run);
        run = [];
      }
      run.push(p);
    }
  }
  return { target: marked.find((p) => p >= bodyFrom) ?? bodyFrom, marked };
}

/** Link to a section of a page: the page at its anchor. */
export function sectionHref(url: string, anchor: string | null): string {
  return anchor ? `${url}#${encodeURIComponent(anchor)}` : url;
}

/** The excerpt of a part around `target`, with every matched position in it (`words`) marked. */
export function partExcerpt(part: DocPart, words: number[], target: number): Excerpt {
  const tokens = displayTokens(part.text);
  const first = Math.min(Math.max(target - part.start, 0), Math.max(tokens.length - 1, 0));
  const marked = new Set(words.map((p) => p - part.start).filter((i) => i >= 0 && i < tokens.length));
  const section = part.sections.filter((s) => s[0] <= part.start + first).at(-1) ?? part.sections[0];
  return {
    href: sectionHref(part.url, section?.[1] ?? null),
    heading: section?.[2] ?? null,
    segments: tokens.length ? tokenExcerpt(tokens, first, marked) : [],
  };
}
