/**
 * From a built page's records (page-records.ts) to what the search index
 * holds: one Pagefind record per page (its words only), and the page's text
 * as printed, in parts of PART_WORDS word positions, each part with what a
 * result shows (title, type, 文号, date) and the sections it overlaps.
 *
 * One record per page, not per section: Pagefind's metadata file, which every
 * first search downloads, lists every record (about 7 bytes each after gzip),
 * so sections would make it grow six times as fast as the site. Links to the
 * matching section and small excerpts come from our parts instead.
 *
 * The indexed text starts with a zone: the page's 文号, title and other written
 * forms (glossary variants), then the body. A phrase found at a position inside
 * the zone is in the 文号 or title, which ranks the page first.
 */
import type { PageRecords } from './page-records.ts';
import { displayTokens, isHan, textWords, tokenWord } from './tokens.ts';

/**
 * Language tag given to every record. Not zh: Pagefind's extended binary would
 * segment zh text again with its own dictionary and undo ours (tokens.ts). The
 * pages themselves stay lang="zh-CN"; with a single index the browser uses it.
 */
export const INDEX_LANGUAGE = 'und';

/**
 * A document's text is cut into parts of this many word positions, each its own
 * file, so that a result's excerpt costs one small request: the part that
 * holds position p is number ⌊p / PART_WORDS⌋, known without any table.
 */
export const PART_WORDS = 1000;
/** Folder of the documents' parts inside the index folder. */
export const DOCS_FOLDER = 'docs';
/** Part n of a document is docs/<result id>-<n>.json.gz: gzip, served as it is, inflated by the browser. */
export const PART_SUFFIX = '.json.gz';

export interface SearchRecord {
  url: string;
  /** Words separated by spaces: one word per position, as Pagefind stores them (no punctuation). */
  content: string;
  language: string;
  meta: Record<string, string>;
}

/** A section: its first word position in the indexed text, anchor, heading. */
export type SectionEntry = [start: number, anchor: string | null, heading: string | null];

/** What a result shows besides its excerpt; in every part, so that one request gives a whole result. */
export interface DocHead {
  url: string;
  title: string;
  /** 类型: 公报, 报告, 文件 or 名词. */
  type: string;
  wenhao: string | null;
  date: string | null;
  /** Glossary pages: the term, its other written forms and its definition. */
  term?: string;
  variants?: string[];
  definition?: string;
}

/** One part of a document's text (docs/<result id>-<n>.json). */
export interface DocPart extends DocHead {
  /** Word position of the first token of `text`. */
  start: number;
  /** The sections that overlap this part. */
  sections: SectionEntry[];
  /** Tokens as printed (tokens.ts), one per word position; see joinTokens. */
  text: string;
}

export interface IndexedPage {
  record: SearchRecord;
  head: DocHead;
  /** Part n holds the body's tokens at positions [n · PART_WORDS, (n + 1) · PART_WORDS). */
  parts: DocPart[];
  filters: Record<string, string[]>;
  /** Words of the 文号 and of the title at the start of the indexed text. */
  zone: { wenhao: number; title: number };
}

/** Tokens back into text that splits into the same tokens: a space between them unless either side is Han. */
export function joinTokens(tokens: string[]): string {
  const pieces: string[] = [];
  tokens.forEach((token, i) => {
    if (i > 0 && !isHan(tokens[i - 1].at(-1)!) && !isHan(String.fromCodePoint(token.codePointAt(0)!))) pieces.push(' ');
    pieces.push(token);
  });
  return pieces.join('');
}

export function indexPage(page: PageRecords): IndexedPage {
  const { meta, filters, sort } = page;
  const title = meta.title ?? page.url;
  const variants = meta.variants?.split('、').filter(Boolean);
  const wenhaoWords = textWords(meta['文号'] ?? '');
  const titleWords = textWords(title);
  const words = [...wenhaoWords, ...titleWords, ...textWords((variants ?? []).join(' '))];
  const bodyStart = words.length;

  const sections: SectionEntry[] = [];
  const tokens: string[] = [];
  for (const section of page.sections) {
    sections.push([words.length, section.anchor, section.heading]);
    for (const token of displayTokens(section.text)) {
      tokens.push(token);
      words.push(tokenWord(token));
    }
  }

  const head: DocHead = {
    url: page.url,
    title,
    type: meta.type ?? filters['类型']?.[0] ?? '',
    wenhao: meta['文号'] ?? null,
    date: meta.date ?? sort.date ?? null,
  };
  if (meta.term) head.term = meta.term;
  if (variants) head.variants = variants;
  if (meta.definition) head.definition = meta.definition;

  const parts: DocPart[] = [];
  for (let n = 0; n === 0 || n * PART_WORDS < words.length; n++) {
    const end = Math.min((n + 1) * PART_WORDS, words.length);
    const start = Math.min(Math.max(n * PART_WORDS, bodyStart), end);
    const overlapping = sections.filter(
      (s, i) => s[0] < Math.max(end, start + 1) && (sections[i + 1]?.[0] ?? Infinity) > start,
    );
    parts.push({
      ...head,
      start,
      sections: overlapping,
      text: joinTokens(tokens.slice(start - bodyStart, end - bodyStart)),
    });
  }
  return {
    record: { url: page.url, content: words.join(' '), language: INDEX_LANGUAGE, meta: {} },
    head,
    parts,
    filters,
    zone: { wenhao: wenhaoWords.length, title: titleWords.length },
  };
}
