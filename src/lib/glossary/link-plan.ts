/**
 * Where a document body links its glossary terms (pure: plans the changes, the
 * Sätteri plugin applies them):
 * - the first use of a term in each section links to the term page; a heading starts a section;
 * - never inside a heading, a link, a table header cell, preformatted text or code, a
 *   definition (<dfn>) or an MDX component, whose text is not the document's own prose;
 * - never the same term twice in one paragraph (p, list item, table cell…);
 * - terms in `exclude` (the term whose own definition this is) are never linked.
 */
import type { TermMatcher } from './matcher.ts';
import { HEADINGS, isHeading, type TreeNode } from '../hast/tree.ts';

/** Elements whose text is never linked. */
const SKIPPED_ELEMENTS = new Set([
  'a',
  ...HEADINGS,
  'th',
  'pre',
  'code',
  'kbd',
  'samp',
  'dfn',
  'abbr',
  'script',
  'style',
  'svg',
  'math',
  'button',
  'label',
  'select',
  'textarea',
  'template',
]);
/** Node types whose content is not prose of the document (MDX components and expressions, raw HTML). */
const SKIPPED_TYPES = new Set([
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'raw',
  'comment',
]);
/** Elements that make one paragraph for the once-per-paragraph rule. */
const PARAGRAPHS = new Set(['p', 'li', 'td', 'dd', 'dt', 'caption', 'figcaption', 'blockquote']);

/** A piece of a text node after linking: plain text, or a use to link to `termId`. */
export interface LinkPiece {
  text: string;
  termId?: string;
}

/** A text node to replace by its pieces, in order. */
export interface TextReplacement<N extends TreeNode = TreeNode> {
  node: N;
  pieces: LinkPiece[];
}

export interface LinkPlanOptions {
  /** Terms never to link (a term is not linked inside its own definition). */
  exclude?: ReadonlySet<string>;
}

export function planLinks<N extends TreeNode>(
  root: N,
  matcher: TermMatcher,
  options: LinkPlanOptions = {},
): TextReplacement<N>[] {
  const exclude = options.exclude ?? new Set<string>();
  const replacements: TextReplacement<N>[] = [];
  let linkedInSection = new Set<string>();

  function visit(node: N, linkedInParagraph: Set<string>): void {
    if (isHeading(node)) linkedInSection = new Set(); // a heading opens a new section
    if (SKIPPED_TYPES.has(node.type)) return;
    if (node.type === 'element' && SKIPPED_ELEMENTS.has(node.tagName ?? '')) return;
    if (node.type === 'text') {
      const pieces = linkText(node.value ?? '', linkedInParagraph);
      if (pieces) replacements.push({ node, pieces });
      return;
    }
    const paragraph =
      node.type === 'element' && PARAGRAPHS.has(node.tagName ?? '') ? new Set<string>() : linkedInParagraph;
    for (const child of (node.children ?? []) as N[]) visit(child, paragraph);
  }

  function linkText(text: string, linkedInParagraph: Set<string>): LinkPiece[] | undefined {
    const pieces: LinkPiece[] = [];
    let at = 0;
    for (const match of matcher.find(text, exclude)) {
      if (linkedInSection.has(match.termId) || linkedInParagraph.has(match.termId)) continue;
      linkedInSection.add(match.termId);
      linkedInParagraph.add(match.termId);
      if (match.start > at) pieces.push({ text: text.slice(at, match.start) });
      pieces.push({ text: match.text, termId: match.termId });
      at = match.end;
    }
    if (at === 0) return undefined;
    if (at < text.length) pieces.push({ text: text.slice(at) });
    return pieces;
  }

  visit(root, new Set());
  return replacements;
}
