/**
 * Renders an MDX body to HTML once, outside Vite: Sätteri parses it (mdxToHast, in
 * Rust), our transforms add paragraph anchors, table regions, glossary links and
 * heading ids on the plain tree (and raise headings under the title, merge empty header
 * cells, keep short terms in cells on one line, mark the parts of a document laid out as issued), and hast-html.ts writes the HTML exactly as Astro
 * rendered compiled MDX. The content loader keeps the result in Astro's data store,
 * so an unchanged body is never rendered again (src/loaders/mdx-entries.ts).
 *
 * What a body may contain is body-rules.ts (shared with `npm run check` and the
 * importer); anything else is refused with its line.
 */
import type { TermMatcher } from '../glossary/matcher.ts';
import type { GlossaryTerm } from '../glossary/terms.ts';
import type { TreeNode } from '../hast/tree.ts';
import { findUsages, type BlockUsage } from '../glossary/usages.ts';
import { addHeadingIds, addParagraphAnchors, type Heading } from './anchors.ts';
import { parseBody } from './body-rules.ts';
import { markIssuedParts } from './issued-parts.ts';
import { raiseHeadingsUnderTitle } from './outline.ts';
import { mergeEmptyHeaderCells } from './table-headers.ts';
import { keepCellTermsWhole } from './cell-terms.ts';
import { linkGlossaryTerms } from './glossary-links.ts';
import { toHtml } from './hast-html.ts';

export { UnsupportedMdxError } from './body-rules.ts';

export interface RenderedBody {
  html: string;
  headings: Heading[];
  /** Where the body uses glossary terms, block by block (for the term pages' 出现在). */
  glossaryUses: BlockUsage[];
}

export interface BodyContext {
  matcher: TermMatcher;
  byId: ReadonlyMap<string, GlossaryTerm>;
  /** The term whose own definition this body is (glossary entries). */
  ownTermId?: string;
  /** The report this body is (reports prefer their own definitions). */
  reportId?: string;
}

/** Renders one body; throws UnsupportedMdxError for what it cannot render. */
export function renderMdxBody(body: string, context: BodyContext): RenderedBody {
  const tree = parseBody(body);
  // Uses are found on the tree as parsed; findUsages applies the page's anchor rules itself.
  const glossaryUses = findUsages(tree as TreeNode, context.matcher);
  addParagraphAnchors(tree);
  raiseHeadingsUnderTitle(tree);
  mergeEmptyHeaderCells(tree);
  if (!context.reportId && !context.ownTermId) markIssuedParts(tree);
  linkGlossaryTerms(tree, context);
  // After linking: a term split into spans would no longer match a glossary term.
  keepCellTermsWhole(tree);
  const headings = addHeadingIds(tree);
  return { html: toHtml(tree), headings, glossaryUses };
}
