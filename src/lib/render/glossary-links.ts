/**
 * Links the glossary terms used in a body's hast tree to their term pages (rules in
 * src/lib/glossary/link-plan.ts: first use per section, longest match, never in
 * headings, links or header cells).
 *
 * Each link is described by the term's short definition (aria-describedby), held in
 * a hidden block at the end of the body: screen readers announce it with the link,
 * with or without JavaScript. /glossary/term-tip.js, loaded at the end of the body,
 * also shows it on hover and keyboard focus; without it the link simply leads to the
 * term page. Runs after the paragraph anchors, whose numbering it leaves unchanged.
 */
import { planLinks, type LinkPiece } from '../glossary/link-plan.ts';
import type { TermMatcher } from '../glossary/matcher.ts';
import { shortDefinition, type GlossaryTerm } from '../glossary/terms.ts';
import type { TreeNode } from '../hast/tree.ts';
import type { HastNode } from './hast-html.ts';

/** Id of the hidden element that holds a term's short definition. */
export function definitionId(termId: string): string {
  return `gdef-${termId}`;
}

/** Address of a term page. */
export function termPath(termId: string): string {
  return `/glossary/${termId}/`;
}

/** Address of the enhancement script (src/pages/glossary/term-tip.js.ts). */
export const TERM_TIP_SCRIPT = '/glossary/term-tip.js';

export interface GlossaryLinkOptions {
  matcher: TermMatcher;
  byId: ReadonlyMap<string, GlossaryTerm>;
  /** The term whose own definition this body is: never linked in it. */
  ownTermId?: string;
  /** The report this body is, whose own definitions are preferred in the hidden block. */
  reportId?: string;
}

const text = (value: string): HastNode => ({ type: 'text', value });

function piecesToNodes(pieces: LinkPiece[]): HastNode[] {
  return pieces.map((p) =>
    p.termId
      ? {
          type: 'element',
          tagName: 'a',
          properties: {
            href: termPath(p.termId),
            className: ['glossary-term'],
            ariaDescribedBy: definitionId(p.termId),
          },
          children: [text(p.text)],
        }
      : text(p.text),
  );
}

function definitionsBlock(terms: GlossaryTerm[], reportId: string | undefined): HastNode {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['glossary-definitions'], hidden: true, dataPagefindIgnore: 'all' },
    children: terms.map((t) => ({
      type: 'element',
      tagName: 'span',
      properties: { id: definitionId(t.id), dataTerm: t.term },
      children: [text(`名词解释：${shortDefinition(t, reportId)}`)],
    })),
  };
}

/** Applies the link plan to the tree; returns the ids of the linked terms, in order of first link. */
export function linkGlossaryTerms(root: HastNode, options: GlossaryLinkOptions): string[] {
  const exclude = new Set(options.ownTermId ? [options.ownTermId] : []);
  const plan = planLinks(root as TreeNode, options.matcher, { exclude });
  if (plan.length === 0) return [];
  const replaced = new Map(plan.map(({ node, pieces }) => [node as HastNode, pieces]));
  const linked: string[] = [];
  for (const { pieces } of plan)
    for (const p of pieces) if (p.termId && !linked.includes(p.termId)) linked.push(p.termId);
  const visit = (node: HastNode) => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) => {
      const pieces = replaced.get(child);
      if (pieces) return piecesToNodes(pieces);
      visit(child);
      return [child];
    });
  };
  visit(root);
  root.children!.push(
    definitionsBlock(
      linked.map((id) => options.byId.get(id)!),
      options.reportId,
    ),
    { type: 'element', tagName: 'script', properties: { type: 'module', src: TERM_TIP_SCRIPT }, children: [] },
  );
  return linked;
}
