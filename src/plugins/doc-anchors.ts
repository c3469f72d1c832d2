/**
 * Sätteri hast plugin for document bodies:
 * - numbers top-level paragraphs `p-1`, `p-2`… so any paragraph can be cited by URL;
 * - wraps each table in a focusable, labelled scroll region so a wide table never
 *   makes the page scroll sideways and stays reachable by keyboard.
 * Heading ids come from Astro's own slugger (text-based, so they survive edits elsewhere).
 */
import { defineHastPlugin } from 'satteri';

/** Paragraph anchor id for the n-th top-level paragraph (1-based). */
export function paragraphId(n: number): string {
  return `p-${n}`;
}

export const docAnchors = defineHastPlugin({
  name: 'doc-anchors',
  before(root, ctx) {
    let paragraphs = 0;
    let tables = 0;
    for (const node of root.children) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'p' && !node.properties?.id) {
        ctx.setProperty(node, 'id', paragraphId(++paragraphs));
      } else if (node.tagName === 'table') {
        tables++;
        ctx.wrapNode(node, {
          type: 'element',
          // A labelled <section> is a region landmark by itself (no role attribute needed).
          tagName: 'section',
          properties: { className: ['table-wrap'], tabIndex: 0, ariaLabel: `表格${tables}（可左右滚动）` },
          children: [],
        });
      }
    }
  },
});
