/**
 * Renders an MDX body to HTML once, outside Vite: Sätteri parses it (mdxToHast, in
 * Rust), our transforms add paragraph anchors, table regions, glossary links and
 * heading ids on the plain tree (and raise headings under the title, merge empty header
 * cells, mark the parts of a document laid out as issued), and hast-html.ts writes the HTML exactly as Astro
 * rendered compiled MDX. The content loader keeps the result in Astro's data store,
 * so an unchanged body is never rendered again (src/loaders/mdx-entries.ts).
 *
 * A body may use only what the importer writes: Markdown, lower-case HTML elements
 * (<br />), the components of components.ts and string-literal expressions
 * ({"www.example.com"}). Anything else (imports, exports, code expressions, unknown
 * components) is refused with its line.
 */
import { mdxToHast } from 'satteri';
import type { TermMatcher } from '../glossary/matcher.ts';
import type { GlossaryTerm } from '../glossary/terms.ts';
import type { TreeNode } from '../glossary/tree.ts';
import { findUsages, type BlockUsage } from '../glossary/usages.ts';
import { addHeadingIds, addParagraphAnchors, type Heading } from './anchors.ts';
import { BODY_COMPONENTS } from './components.ts';
import { markIssuedParts } from './issued-parts.ts';
import { raiseHeadingsUnderTitle } from './outline.ts';
import { mergeEmptyHeaderCells } from './table-headers.ts';
import { linkGlossaryTerms } from './glossary-links.ts';
import { toHtml, type HastNode } from './hast-html.ts';

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

/** Printed punctuation is published verbatim: no smart quotes or dashes. */
const FEATURES = { smartPunctuation: false };
const STRING_LITERAL = /^\s*"(?:[^"\\\n]|\\.)*"\s*$/;

/** Lower-case JSX names are plain HTML elements (<br />); capitalised ones must be our components. */
function isKnownElement(name: string | null | undefined): boolean {
  return !!name && (/^[a-z]/.test(name) || name in BODY_COMPONENTS);
}

/** What in a body cannot be rendered as static HTML, with the body line it is on. */
export function unsupportedConstructs(root: HastNode): { line: number | undefined; what: string }[] {
  const found: { line: number | undefined; what: string }[] = [];
  const visit = (node: HastNode) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxjsEsm') found.push({ line, what: 'import/export 语句' });
    else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !STRING_LITERAL.test(node.value ?? '')) {
      found.push({ line, what: `表达式 {${(node.value ?? '').trim().slice(0, 40)}}（只允许字符串字面量，如 {"www.example.com"}）` });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !isKnownElement(node.name)) {
      found.push({ line, what: `组件 <${node.name ?? ''}>（可用组件：${Object.keys(BODY_COMPONENTS).join('、')}）` });
    } else if ((node.attributes ?? []).some((a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value === 'object'))) {
      found.push({ line, what: `<${node.name ?? ''}> 的属性含表达式（只允许文字属性，如 title="…"）` });
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return found;
}

/** What a body contains that cannot be rendered; `line` is counted in the body. */
export class UnsupportedMdxError extends Error {
  constructor(readonly problems: { line: number | undefined; what: string }[]) {
    super(problems.map((p) => `正文第 ${p.line ?? '?'} 行：不支持的 MDX 写法：${p.what}`).join('\n'));
  }

  /** The problems with lines counted in the file, whose body starts after `offset` lines. */
  inFile(offset: number): string {
    return this.problems.map((p) => `第 ${p.line === undefined ? '?' : p.line + offset} 行：不支持的 MDX 写法：${p.what}`).join('\n');
  }
}

/** Renders one body; throws UnsupportedMdxError for what it cannot render. */
export function renderMdxBody(body: string, context: BodyContext): RenderedBody {
  const tree = mdxToHast(body, { features: FEATURES, position: false }) as HastNode;
  if (unsupportedConstructs(tree).length > 0) {
    // Parsed again with positions only to report lines: positions cost memory and time.
    throw new UnsupportedMdxError(unsupportedConstructs(mdxToHast(body, { features: FEATURES }) as HastNode));
  }
  // Uses are found on the tree as parsed; findUsages applies the page's anchor rules itself.
  const glossaryUses = findUsages(tree as TreeNode, context.matcher);
  addParagraphAnchors(tree);
  raiseHeadingsUnderTitle(tree);
  mergeEmptyHeaderCells(tree);
  if (!context.reportId && !context.ownTermId) markIssuedParts(tree);
  linkGlossaryTerms(tree, context);
  const headings = addHeadingIds(tree);
  return { html: toHtml(tree), headings, glossaryUses };
}
