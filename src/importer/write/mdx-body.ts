/**
 * Renders body nodes as MDX: paragraphs separated by blank lines, headings
 * at their level, run-in heads bold, GFM tables, forms in ```text fences,
 * lost figures as <MissingFigure />. All text goes through escape.ts.
 */
import type { BodyNode } from '../structure/model.ts';
import { characterReference, escapeAttribute, escapeCell, escapeText, fenceFor } from './escape.ts';

export function renderBody(nodes: BodyNode[]): string {
  return nodes.map(renderNode).join('\n\n') + '\n';
}

function renderNode(node: BodyNode): string {
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(node.level)} ${escapeText(node.text)}`;
    case 'paragraph':
      return node.head ? renderRunIn(node.head, node.text.slice(node.head.length)) : escapeText(node.text);
    case 'table':
      return renderTable(node.header, node.rows);
    case 'preformatted': {
      const fence = fenceFor(node.text);
      return `${fence}text\n${node.text}\n${fence}`;
    }
    case 'missing-figure':
      return `<MissingFigure title="${escapeAttribute(node.title)}" />`;
  }
}

/**
 * A run-in head is bold. The closing ** goes before a final 。 so that
 * CommonMark sees a right-flanking delimiter (after 。 and before a CJK letter it would not).
 * When the head still ends in punctuation, the text after it starts with a character
 * reference, which counts as punctuation and lets the ** close.
 */
function renderRunIn(head: string, rest: string): string {
  const stop = /.[。.]$/.test(head) ? head.slice(-1) : '';
  const bold = escapeText(stop ? head.slice(0, -1) : head);
  const after = escapeText(stop + rest);
  const next = [...after][0] ?? '';
  const closes = !PUNCTUATION.test([...bold].at(-1) ?? '') || next === '' || /[\s\p{P}\p{S}]/u.test(next);
  return `**${bold}**${closes ? after : characterReference(next) + after.slice(next.length)}`;
}

/** Unicode punctuation and symbols, as CommonMark's flanking rules count them. */
const PUNCTUATION = /[\p{P}\p{S}]/u;

function renderTable(header: string[], rows: string[][]): string {
  const width = header.length;
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
  return [line(header), `| ${Array(width).fill('---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
