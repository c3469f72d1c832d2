/**
 * A header cell merged across two columns in print comes out of the export as a named cell
 * followed by an empty one (工作任务 | ""). A Markdown table cannot span columns; here the
 * named cell spans the empty ones after it again, so that no column has an empty header.
 * Markdown puts header cells in the table's first row only: they head columns.
 */
import type { HastNode } from './hast-html.ts';

const isHeaderCell = (node: HastNode) => node.type === 'element' && node.tagName === 'th';
const isEmpty = (node: HastNode): boolean =>
  (node.children ?? []).every((c) =>
    c.type === 'text' ? !(c.value ?? '').trim() : c.type === 'element' && c.tagName !== 'img' && isEmpty(c),
  );

/** Merges a header row's empty cells into the named cell before them; true if any was merged. */
function mergeRow(row: HastNode): boolean {
  const kept: HastNode[] = [];
  let named: HastNode | null = null;
  let merged = false;
  for (const cell of row.children ?? []) {
    if (!isHeaderCell(cell)) {
      kept.push(cell);
      continue;
    }
    if (named && isEmpty(cell)) {
      named.properties = { ...named.properties, colSpan: Number(named.properties?.colSpan ?? 1) + 1 };
      merged = true;
      continue;
    }
    named = isEmpty(cell) ? null : cell;
    kept.push(cell);
  }
  row.children = kept;
  return merged;
}

export function mergeEmptyHeaderCells(root: HastNode): void {
  const visit = (node: HastNode) => {
    if (node.type !== 'element' || node.tagName !== 'tr' || !(node.children ?? []).some(isHeaderCell))
      return node.children?.forEach(visit);
    // A spanning header makes the table complex: its header cells then say what they head (WCAG H63).
    if (mergeRow(node))
      for (const th of (node.children ?? []).filter(isHeaderCell)) th.properties = { ...th.properties, scope: 'col' };
  };
  visit(root);
}
