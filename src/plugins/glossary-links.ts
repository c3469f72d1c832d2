/**
 * Sätteri hast plugin: links the glossary terms used in a document body to their
 * term pages (rules in src/lib/glossary/link-plan.ts: first use per section, longest
 * match, never in headings, links or header cells).
 *
 * Each link is described by the term's short definition (aria-describedby), held in
 * a hidden block at the end of the body: screen readers announce it with the link,
 * with or without JavaScript. /glossary/term-tip.js, loaded at the end of the body,
 * also shows it on hover and keyboard focus; without it the link simply leads to the
 * term page. Runs after docAnchors, whose paragraph numbering it leaves unchanged.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastContent, type PluginFactoryContext } from 'satteri';
import { entryIdFromPath } from '../lib/content-check/entry-id.ts';
import { planLinks, type LinkPiece } from '../lib/glossary/link-plan.ts';
import { cachedGlossaryTerms } from '../lib/glossary/load-terms.ts';
import { createMatcher, type TermMatcher } from '../lib/glossary/matcher.ts';
import { shortDefinition, type GlossaryTerm } from '../lib/glossary/terms.ts';
import type { TreeNode } from '../lib/glossary/tree.ts';

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

export interface GlossaryLinksOptions {
  /** Content folder, relative to the working directory (default: content). */
  contentDir?: string;
  /** The terms to link, instead of the content folder's (tests). */
  terms?: GlossaryTerm[];
}

/** The collection and id of the content entry a file is, when it is one. */
function entryOf(fileURL: URL | undefined, contentDir: string): { collection: string; id: string } | undefined {
  if (!fileURL || fileURL.protocol !== 'file:') return undefined;
  const rel = relative(contentDir, fileURLToPath(fileURL)).split(sep);
  if (rel.length < 2 || rel[0] === '..') return undefined;
  return { collection: rel[0], id: entryIdFromPath(rel.slice(1).join('/')) };
}

const text = (value: string): HastContent => ({ type: 'text', value });

function linkNode(piece: LinkPiece): HastContent {
  const id = piece.termId!;
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: termPath(id), className: ['glossary-term'], ariaDescribedBy: definitionId(id) },
    children: [text(piece.text)],
  } as unknown as HastContent;
}

function definitionsBlock(terms: GlossaryTerm[], reportId: string | undefined): HastContent {
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
  } as HastContent;
}

export function glossaryLinks(options: GlossaryLinksOptions = {}) {
  const contentDir = resolve(options.contentDir ?? 'content');
  const given = options.terms;
  const readTerms = given ? () => given : cachedGlossaryTerms(contentDir);
  // Built again only when the terms change (the reader returns the same array until then).
  let built: { terms: GlossaryTerm[]; byId: Map<string, GlossaryTerm>; matcher: TermMatcher } | undefined;
  return (factory: PluginFactoryContext) => {
    const terms = readTerms();
    if (terms.length === 0) return null;
    if (built?.terms !== terms) built = { terms, byId: new Map(terms.map((t) => [t.id, t])), matcher: createMatcher(terms) };
    const { byId, matcher } = built;
    const entry = entryOf(factory.fileURL, contentDir);
    return defineHastPlugin({
      name: 'glossary-links',
      before(root, ctx) {
        // A term is not linked inside its own definition.
        const exclude = new Set(entry?.collection === 'glossary' ? [entry.id] : []);
        const plan = planLinks(root as TreeNode, matcher, { exclude });
        if (plan.length === 0) return;
        const linked: string[] = [];
        for (const { node, pieces } of plan) {
          for (const p of pieces) if (p.termId && !linked.includes(p.termId)) linked.push(p.termId);
          ctx.replaceNode(node as never, pieces.map((p) => (p.termId ? linkNode(p) : text(p.text))));
        }
        const reportId = entry?.collection === 'reports' ? entry.id : undefined;
        ctx.appendChild(root, definitionsBlock(linked.map((id) => byId.get(id)!), reportId));
        ctx.appendChild(root, {
          type: 'element', tagName: 'script', properties: { type: 'module', src: TERM_TIP_SCRIPT }, children: [],
        } as HastContent);
      },
    });
  };
}
