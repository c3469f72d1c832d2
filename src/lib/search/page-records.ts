/**
 * A built page as search records: the text inside data-pagefind-body (every
 * such element, in page order), cut at
 * its h2/h3 headings into sections, plus the page's captured filters, meta and
 * sort values. A long report then yields one record per section: a result
 * links to the section that matched, and the browser fetches only that
 * section's text for the excerpt instead of the whole report.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { pageCaptures, type PageCaptures } from './capture.ts';
import { HEADINGS } from '../hast/tree.ts';

export interface PageSection {
  /** id of the heading (or cited paragraph) the section starts at; null for the start of the page. */
  anchor: string | null;
  /** That heading's text. */
  heading: string | null;
  /** Plain text of the section, blocks separated by a newline. */
  text: string;
}

export interface PageRecords extends PageCaptures {
  /** Site path of the page, e.g. /documents/sfzf-2025-008/. */
  url: string;
  sections: PageSection[];
}

/** Sections shorter than this (characters) join the one before them: too small to be worth a result. */
export const MIN_SECTION_CHARS = 300;
/**
 * A section longer than this continues in a new record at the next block that
 * has an id (a cited paragraph, p-N), so a result links near its match and the
 * browser fetches a small record; with no id in sight (a long table), at the
 * next block once twice this long, linking to the last id before it.
 */
export const MAX_RECORD_CHARS = 1200;

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'table',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'pre',
  'br',
  'figure',
  'figcaption',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  ...HEADINGS,
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const SPLIT_AT = new Set(['h2', 'h3']);

type Piece = { text: string } | { heading: string; anchor: string } | { block: string | null };

function walk(node: AnyNode, pieces: Piece[], $: cheerio.CheerioAPI): void {
  if (node.type === 'text') {
    pieces.push({ text: (node as unknown as { data: string }).data });
    return;
  }
  if (node.type !== 'tag') return;
  const el = node as Element;
  if (SKIP.has(el.name) || el.attribs['data-pagefind-ignore'] !== undefined) return;
  if (SPLIT_AT.has(el.name) && el.attribs.id) {
    pieces.push({ heading: $(el).text().replace(/\s+/g, ' ').trim(), anchor: el.attribs.id });
  }
  const block = BLOCK.has(el.name);
  if (block) pieces.push({ block: el.attribs.id ?? null });
  for (const child of el.children) walk(child, pieces, $);
  if (block) pieces.push({ text: '\n' });
}

/** Cuts the piece stream into sections at headings, and long sections into continuation records. */
function cut(pieces: Piece[]): PageSection[] {
  const sections: PageSection[] = [{ anchor: null, heading: null, text: '' }];
  let lastAnchor: string | null = null;
  for (const piece of pieces) {
    const current = sections[sections.length - 1];
    if ('anchor' in piece) {
      sections.push({ anchor: piece.anchor, heading: piece.heading, text: '' });
      lastAnchor = piece.anchor;
    } else if ('block' in piece) {
      const length = current.text.length;
      if ((piece.block && length >= MAX_RECORD_CHARS) || length >= 2 * MAX_RECORD_CHARS) {
        sections.push({ anchor: piece.block ?? lastAnchor, heading: current.heading, text: '' });
      }
      if (piece.block) lastAnchor = piece.block;
      sections[sections.length - 1].text += '\n';
    } else {
      current.text += piece.text;
    }
  }
  return sections;
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** True when the page has an element with data-pagefind-body: a look at the markup, without parsing it. */
export function hasSearchBody(html: string): boolean {
  return /<[a-zA-Z][^<>]*\sdata-pagefind-body(?=[\s=/>])/.test(html);
}

/** Records of one built page, or null when the page has no data-pagefind-body (it is not searchable). */
export function pageRecords(html: string, url: string): PageRecords | null {
  // htmlparser2 in HTML mode: several times faster than parse5, and the built pages are well-formed.
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const bodies = $('[data-pagefind-body]');
  if (!bodies.length) return null;
  const pieces: Piece[] = [];
  bodies.each((_, body) => walk(body, pieces, $));
  const merged: PageSection[] = [];
  const small = (s: PageSection) => s.text.length < MIN_SECTION_CHARS;
  for (const section of cut(pieces)
    .map((s) => ({ ...s, text: tidy(s.text) }))
    .filter((s) => s.text)) {
    const previous = merged[merged.length - 1];
    if (previous && (small(previous) || small(section))) previous.text = `${previous.text}\n${section.text}`;
    else merged.push(section);
  }
  return { url, ...pageCaptures($), sections: merged };
}
