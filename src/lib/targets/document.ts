/**
 * What a figure's source can point to inside an imported document, located the
 * way the site renders it: top-level paragraphs numbered p-1, p-2… exactly as
 * src/lib/hast/paragraph-ids.ts numbers them, headings with the ids Astro gives
 * them (github-slugger), and tables, each under the heading before it.
 * Parsed with Sätteri, the site's own Markdown/MDX processor.
 */
import GithubSlugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import { paragraphId } from '../hast/paragraph-ids.ts';

export interface Paragraph {
  /** Anchor id, e.g. p-12. */
  anchor: string;
  /** Plain text as a reader sees it (no markup). */
  text: string;
}

export interface DocTable {
  /** Id of the nearest heading above the table (the anchor a citation uses), or null. */
  anchor: string | null;
  /** That heading's text, e.g. 附件2　推进较为滞后的9项重点工作任务1-9月进展情况表. */
  heading: string | null;
  /** Header cells. */
  header: string[];
  /** Body rows, each a list of cell texts (a line break in a cell is \n). */
  rows: string[][];
}

export interface DocumentIndex {
  paragraphs: Paragraph[];
  /** Heading ids in order. */
  headings: string[];
  tables: DocTable[];
}

interface HastLike {
  type: string;
  tagName?: string;
  /** JSX element name (MDX writes a line break in a cell as <br />). */
  name?: string;
  value?: unknown;
  properties?: Record<string, unknown>;
  children?: HastLike[];
}

/** String literals in MDX expressions ({"http://…"}) render as their value. */
function expressionText(value: unknown): string {
  const match = typeof value === 'string' ? /^\s*(["'])([\s\S]*)\1\s*$/.exec(value) : null;
  return match ? match[2] : '';
}

/** Text content of a hast node, as rendered. */
export function textOf(node: HastLike): string {
  if (node.type === 'text') return String(node.value ?? '');
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return expressionText(node.value);
  if ((node.type === 'element' && node.tagName === 'br') || (node.type === 'mdxJsxTextElement' && node.name === 'br'))
    return '\n';
  return (node.children ?? []).map(textOf).join('');
}

const elements = (node: HastLike, tag: string): HastLike[] =>
  (node.children ?? []).flatMap((child) =>
    child.type !== 'element' ? [] : child.tagName === tag ? [child] : elements(child, tag),
  );

function readTable(node: HastLike, anchor: string | null, heading: string | null): DocTable {
  const rows = elements(node, 'tr').map((tr) =>
    (tr.children ?? []).filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')),
  );
  const [head = [], ...body] = rows;
  return {
    anchor,
    heading,
    header: head.map((c) => textOf(c).trim()),
    rows: body.map((r) => r.map((c) => textOf(c).trim())),
  };
}

/** Indexes an MDX file's body (`source` may start with frontmatter). */
export function indexDocument(source: string): DocumentIndex {
  const root = mdxToHast(source, { features: { smartPunctuation: false }, position: false }) as unknown as HastLike;
  const slugger = new GithubSlugger();
  const index: DocumentIndex = { paragraphs: [], headings: [], tables: [] };
  let lastHeading: string | null = null;
  let lastHeadingText: string | null = null;
  for (const node of root.children ?? []) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'p' && !node.properties?.id) {
      index.paragraphs.push({ anchor: paragraphId(index.paragraphs.length + 1), text: textOf(node) });
    } else if (/^h[1-6]$/.test(node.tagName ?? '')) {
      lastHeadingText = textOf(node);
      lastHeading = slugger.slug(lastHeadingText);
      index.headings.push(lastHeading);
    } else if (node.tagName === 'table') {
      index.tables.push(readTable(node, lastHeading, lastHeadingText));
    }
  }
  return index;
}
