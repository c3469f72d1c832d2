/**
 * Citable anchors in a body's hast tree:
 * - top-level paragraphs get `p-1`, `p-2`… so any paragraph can be cited by URL;
 * - each table is wrapped in a focusable, labelled scroll region, so a wide table never
 *   makes the page scroll sideways and stays reachable by keyboard;
 * - headings get Astro's own ids (github-slugger of their text, as Astro's Markdown does),
 *   which are returned as the body's headings.
 */
import GithubSlugger from 'github-slugger';
import { textNodesContent } from '../hast/tree.ts';
import { paragraphId } from '../hast/paragraph-ids.ts';
import type { HastNode } from './hast-html.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const HEADING = /^h([1-6])$/;

/** Numbers paragraphs and wraps tables (top level only). */
export function addParagraphAnchors(root: HastNode): void {
  let paragraphs = 0;
  let tables = 0;
  root.children = (root.children ?? []).map((node) => {
    if (node.type !== 'element') return node;
    if (node.tagName === 'p' && !node.properties?.id) {
      node.properties = { ...node.properties, id: paragraphId(++paragraphs) };
      return node;
    }
    if (node.tagName !== 'table') return node;
    // A labelled <section> is a region landmark by itself (no role attribute needed).
    const label = `表格${++tables}（可左右滚动）`;
    return {
      type: 'element',
      tagName: 'section',
      properties: { className: ['table-wrap'], tabIndex: 0, ariaLabel: label },
      children: [node],
    };
  });
}

/** Gives every heading an id (an existing one is kept) and lists the headings in order. */
export function addHeadingIds(root: HastNode): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const visit = (node: HastNode) => {
    const level = node.type === 'element' ? HEADING.exec(node.tagName ?? '') : null;
    if (level) {
      const text = textNodesContent(node);
      const existing = node.properties?.id;
      const slug = typeof existing === 'string' ? existing : slugger.slug(text);
      node.properties = { ...node.properties, id: slug };
      headings.push({ depth: Number(level[1]), slug, text });
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return headings;
}
