/**
 * Where a document body uses each glossary term, block by block, with the anchor a
 * reader can follow to the place. Anchors are given by the same rules as the built
 * page: top-level paragraphs are p-1, p-2… (src/lib/render/anchors.ts), headings
 * take Astro's github-slugger id of their text. A use in a block with no anchor of
 * its own (a table, a list, a form) points to the nearest anchor before it.
 */
import GithubSlugger from 'github-slugger';
import { paragraphId } from '../hast/paragraph-ids.ts';
import { excerptAround, type Excerpt } from './excerpt.ts';
import type { TermMatcher } from './matcher.ts';
import { HEADINGS, isElement, isHeading, readableText, textNodesContent, type TreeNode } from '../hast/tree.ts';

/** Uses of one term in one block of a body. */
export interface BlockUsage {
  termId: string;
  /** Fragment id to link to (without #), or '' when nothing before the block has one. */
  anchor: string;
  /** Whether the anchor is the block's own, or the nearest one before it. */
  anchorIsOwn: boolean;
  /** What the block is, in words a reader knows: 段落, 标题, 表格, 列表, 格式文本, 其他. */
  blockKind: string;
  /** How many times the block uses the term. */
  count: number;
  /** Excerpt around the block's first use. */
  excerpt: Excerpt;
}

function blockKind(node: TreeNode): string {
  if (isElement(node, 'p')) return '段落';
  if (isHeading(node)) return '标题';
  if (isElement(node, 'table') || (isElement(node, 'section') && hasDescendant(node, 'table'))) return '表格';
  if (isElement(node, 'ul', 'ol', 'dl')) return '列表';
  if (isElement(node, 'pre')) return '格式文本';
  return '其他';
}

function hasDescendant(node: TreeNode, tagName: string): boolean {
  return (node.children ?? []).some((c) => isElement(c, tagName) || hasDescendant(c, tagName));
}

/** Elements whose text is read as one piece (an excerpt never runs from one cell into the next). */
const TEXT_UNITS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'caption', 'figcaption', 'pre', ...HEADINGS]);

/** The innermost text units of a block, in order; the block itself when it has none inside. */
function textUnits(block: TreeNode): string[] {
  const leaves = (node: TreeNode): TreeNode[] => {
    const inner = (node.children ?? []).flatMap(leaves);
    if (inner.length > 0) return inner;
    return node.type === 'element' && TEXT_UNITS.has(node.tagName ?? '') ? [node] : [];
  };
  const units = leaves(block);
  return (units.length > 0 ? units : [block]).map(readableText);
}

function headingsIn(node: TreeNode): TreeNode[] {
  if (isHeading(node)) return [node];
  return (node.children ?? []).flatMap(headingsIn);
}

/** Every block's uses of every term, in document order. */
export function findUsages(root: TreeNode, matcher: TermMatcher): BlockUsage[] {
  const slugger = new GithubSlugger();
  const usages: BlockUsage[] = [];
  let paragraphs = 0;
  let lastAnchor = '';
  for (const block of root.children ?? []) {
    let ownAnchor = '';
    if (isElement(block, 'p') && !block.properties?.id) ownAnchor = paragraphId(++paragraphs);
    // Every heading advances the slugger, in order, as Astro's heading-ids plugin does.
    const headingIds = headingsIn(block).map((h) => slugger.slug(textNodesContent(h)));
    if (isHeading(block)) ownAnchor = headingIds[0];
    const byTerm = new Map<string, BlockUsage>();
    for (const text of textUnits(block)) {
      for (const match of matcher.find(text)) {
        const seen = byTerm.get(match.termId);
        if (seen) {
          seen.count++;
          continue;
        }
        byTerm.set(match.termId, {
          termId: match.termId,
          anchor: ownAnchor || lastAnchor,
          anchorIsOwn: ownAnchor !== '',
          blockKind: blockKind(block),
          count: 1,
          excerpt: excerptAround(text, match.start, match.end),
        });
      }
    }
    usages.push(...byTerm.values());
    if (ownAnchor) lastAnchor = ownAnchor;
  }
  return usages;
}
