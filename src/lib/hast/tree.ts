/**
 * The little of hast that the glossary logic and the renderer read, so that it runs on Sätteri's
 * trees at build time and on plain objects in tests alike.
 */

export interface TreeNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: readonly TreeNode[];
}

export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function isElement(node: TreeNode, ...names: string[]): boolean {
  return node.type === 'element' && (names.length === 0 || names.includes(node.tagName ?? ''));
}

export function isHeading(node: TreeNode): boolean {
  return node.type === 'element' && HEADINGS.has(node.tagName ?? '');
}

/**
 * The value of an MDX expression that is a plain string literal ({"http://…"}, as the
 * importer writes URLs), else ''. Other expressions are code, not text.
 */
export function expressionText(node: TreeNode): string {
  const source = (node.value ?? '').trim();
  if (!/^"(?:[^"\\]|\\.)*"$/.test(source)) return '';
  try {
    return JSON.parse(source) as string;
  } catch {
    return '';
  }
}

/** Concatenated text of a node as a reader sees it (string expressions included). */
export function readableText(node: TreeNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return expressionText(node);
  return (node.children ?? []).map(readableText).join('');
}

/** Concatenated text nodes only, like Sätteri's ctx.textContent (used for heading ids). */
export function textNodesContent(node: TreeNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textNodesContent).join('');
}
