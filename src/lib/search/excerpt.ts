/**
 * Pagefind excerpts of our index text back into readable Chinese.
 *
 * The index holds one token per word separated by spaces (see tokens.ts), so an
 * excerpt reads 落 实“ 双 减” 政 策 with <mark> around matched tokens. Readers see
 * 落实“双减”政策: separators are removed except between two Latin letters or
 * digits (so "drg 付费" stays readable as "drg付费" but "and the" keeps its space),
 * and the end of a paragraph or table cell shows as a space.
 * The result is plain segments, never HTML, so it can be put in the page as text.
 */
import { BLOCK_MARK } from './tokens.ts';

export interface ExcerptSegment {
  text: string;
  /** True for a matched (highlighted) part. */
  mark: boolean;
}

const ASCII_WORD = /[A-Za-z0-9]/;

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Readable segments of a Pagefind excerpt (its HTML with <mark> tags). */
export function excerptSegments(excerptHtml: string): ExcerptSegment[] {
  const chars: { c: string; mark: boolean }[] = [];
  let mark = false;
  for (const part of excerptHtml.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else for (const c of unescape(part)) chars.push({ c, mark });
  }
  const kept = chars.filter((ch, i) => {
    if (!/\s/.test(ch.c)) return true;
    const before = chars.slice(0, i).reverse().find((x) => !/\s/.test(x.c));
    const after = chars.slice(i + 1).find((x) => !/\s/.test(x.c));
    const prevIsSpace = i > 0 && /\s/.test(chars[i - 1].c);
    return !prevIsSpace && !!before && !!after && ASCII_WORD.test(before.c) && ASCII_WORD.test(after.c);
  });
  const segments: ExcerptSegment[] = [];
  for (const { c: raw, mark: m } of kept) {
    const c = raw === BLOCK_MARK ? ' ' : raw;
    const last = segments[segments.length - 1];
    if (last && last.mark === m) last.text += c;
    else segments.push({ text: c, mark: m });
  }
  return segments;
}

/** Readable text of index text (for headings and titles stored as tokens). */
export function readableText(indexText: string): string {
  return excerptSegments(indexText.replace(/</g, '&lt;').replace(/>/g, '&gt;')).map((s) => s.text).join('');
}
