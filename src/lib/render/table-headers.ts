/**
 * A header cell merged across two columns in print comes out of the export as a named cell
 * followed by an empty one (工作任务 | ""). A Markdown table cannot span columns; here the
 * named cell spans the empty ones after it again, so that no column has an empty header.
 */
import type { HastNode } from './hast-html.ts';

const isHeaderCell = (node: HastNode) => node.type === 'element' && node.tagName === 'th';
const isEmpty = (node: HastNode): boolean =>
  (node.children ?? []).every((c) => (c.type === 'text' ? !(c.value ?? '').trim() : c.type === 'element' && c.tagName !== 'img' && isEmpty(c)));

function mergeRow(row: HastNode): void {
  const kept: HastNode[] = [];
  let named: HastNode | null = null;
  for (const cell of row.children ?? []) {
    if (!isHeaderCell(cell)) {
      kept.push(cell);
      continue;
    }
    if (named && isEmpty(cell)) {
      named.properties = { ...named.properties, colSpan: Number(named.properties?.colSpan ?? 1) + 1 };
      continue;
    }
    named = isEmpty(cell) ? null : cell;
    kept.push(cell);
  }
  row.children = kept;
}

export function mergeEmptyHeaderCells(root: HastNode): void {
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.tagName === 'tr' && (node.children ?? []).some(isHeaderCell)) mergeRow(node);
    else node.children?.forEach(visit);
  };
  visit(root);
}
