/**
 * Heading ids as the site computes them (github-slugger, one slugger per
 * document, in order), so that attachments[].anchor matches the page.
 */
import GithubSlugger from 'github-slugger';
import type { BodyNode } from '../structure/model.ts';

/** Id of every heading node, in body order. */
export function headingIds(nodes: BodyNode[]): Map<BodyNode, string> {
  const slugger = new GithubSlugger();
  const ids = new Map<BodyNode, string>();
  for (const node of nodes) if (node.type === 'heading') ids.set(node, slugger.slug(node.text));
  return ids;
}
