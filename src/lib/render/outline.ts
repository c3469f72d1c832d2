/**
 * A body's outline starts one level under the page's <h1>. Some imported documents open
 * with h3 parts (一、二、 under no title of their own), before any h2 (an attachment's
 * title, say): the headings before the body's first h2 move up by the same steps, so that
 * the first is an h2, no level is skipped and that part keeps its own proportions.
 */
import type { HastNode } from './hast-html.ts';

const HEADING = /^h([1-6])$/;

function headings(root: HastNode): HastNode[] {
  const found: HastNode[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element' && HEADING.test(node.tagName ?? '')) found.push(node);
    node.children?.forEach(visit);
  };
  visit(root);
  return found;
}

export function raiseHeadingsUnderTitle(root: HastNode): void {
  const level = (h: HastNode) => Number(HEADING.exec(h.tagName!)![1]);
  const all = headings(root);
  const firstTop = all.findIndex((h) => level(h) <= 2);
  const leading = firstTop < 0 ? all : all.slice(0, firstTop);
  if (leading.length === 0) return;
  const steps = Math.min(...leading.map(level)) - 2;
  if (steps <= 0) return;
  for (const h of leading) h.tagName = `h${level(h) - steps}`;
}
