/**
 * Short terms in table cells are kept on one line. Narrow columns let a browser break
 * Chinese text between any two characters, so that 牵头单位 read 牵头单/位 and 区农业农村委
 * 区农/业农/村委, on phones and on paper alike. A cell's text is cut into phrases at the
 * places where a line may break anyway (spaces and the pause, stop and bracket marks).
 * A cell whose phrases are all short is a label or a list of names (牵头单位, 结果时期,
 * 0.3‰以内, 区安委办、区防减救灾办): each phrase of two to six characters is a term, wrapped
 * so that it does not break (global.css `.cell-term`). A cell with a longer phrase is
 * running text and wraps as a paragraph does: kept terms would only leave ragged lines.
 * Only its run-in head, a label before a colon (进行中：仅有1-9月数据…), keeps its terms.
 *
 * Quotation marks are no break points: a line never breaks next to one, so a quoted
 * phrase counts with its marks (“黑窝点”), and a chain of quoted terms stays breakable.
 */
import type { HastNode } from './hast-html.ts';

/** The longest phrase (in characters) kept on one line; six holds the units' short names (区发展改革委). */
export const CELL_TERM_MAX_LENGTH = 6;
/** Class of the span that keeps a term on one line. */
export const CELL_TERM_CLASS = 'cell-term';

/**
 * Where a line may break anyway: spaces, the Chinese pause and stop marks, brackets. Not the
 * ASCII comma, which groups digits (10,000辆).
 */
const PHRASE_BOUNDARY = /([\s、，；：。！？（）()《》【】〔〕[\]]+)/u;

export interface CellTextPart {
  text: string;
  /** A short term, to be kept on one line. */
  term: boolean;
}

const isTerm = (phrase: string) => {
  const length = [...phrase].length;
  return length >= 2 && length <= CELL_TERM_MAX_LENGTH && !PHRASE_BOUNDARY.test(phrase);
};

const phrases = (text: string) => text.split(PHRASE_BOUNDARY).filter((piece) => piece && !PHRASE_BOUNDARY.test(piece));

/** A label or a list of names: no phrase longer than a term. */
export function isLabelText(text: string): boolean {
  return phrases(text).every((phrase) => [...phrase].length <= CELL_TERM_MAX_LENGTH);
}

/** Joined parts: a plain part after a plain part is one part. */
function append(parts: CellTextPart[], part: CellTextPart): void {
  const last = parts.at(-1);
  if (last && !last.term && !part.term) last.text += part.text;
  else parts.push(part);
}

/** A label's phrases and the marks between them, each 2–6-character phrase a term. */
function labelParts(text: string): CellTextPart[] {
  const parts: CellTextPart[] = [];
  for (const piece of text.split(PHRASE_BOUNDARY)) if (piece) append(parts, { text: piece, term: isTerm(piece) });
  return parts;
}

/** The run-in head of running text, before its first full-width colon, when that is a label (进行中：…). */
function labelHead(text: string): string {
  const head = /^[^：]+(?=：)/u.exec(text)?.[0] ?? '';
  return isLabelText(head) ? head : '';
}

/**
 * A cell's text as its phrases and the marks between them, terms flagged; joined, the parts
 * are the text. In running text (not isLabelText) only a run-in label head has terms.
 */
export function splitCellText(text: string): CellTextPart[] {
  if (isLabelText(text)) return labelParts(text);
  const head = labelHead(text);
  const parts = labelParts(head);
  append(parts, { text: text.slice(head.length), term: false });
  return parts;
}

const isCell = (node: HastNode) => node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');

/** A cell's text, a line break (names listed one per line) as a newline. */
const cellText = (node: HastNode): string =>
  node.type === 'text'
    ? (node.value ?? '')
    : node.tagName === 'br' || node.name === 'br' // <br/> as HTML, or as MDX writes it (<br />)
      ? '\n'
      : (node.children ?? []).map(cellText).join('');

/** Text as hast nodes, each term in its span. */
const partNodes = (text: string): HastNode[] =>
  splitCellText(text).map((part) =>
    part.term
      ? {
          type: 'element',
          tagName: 'span',
          properties: { className: [CELL_TERM_CLASS] },
          children: [{ type: 'text', value: part.text }],
        }
      : { type: 'text', value: part.text },
  );

function keepTermsIn(node: HastNode): void {
  node.children = (node.children ?? []).flatMap((child) => {
    if (child.type === 'text') return partNodes(child.value ?? '');
    // Code is shown as written.
    if (child.type === 'element' && child.tagName !== 'code') keepTermsIn(child);
    return [child];
  });
}

/** Wraps the short terms of every table cell in the body that is a label or a list of names, or starts with a label head. */
export function keepCellTermsWhole(root: HastNode): void {
  const visit = (node: HastNode) => {
    if (!isCell(node)) return node.children?.forEach(visit);
    if (isLabelText(cellText(node))) return keepTermsIn(node);
    const [first, ...rest] = node.children ?? [];
    if (first?.type === 'text' && labelHead(first.value ?? ''))
      node.children = [...partNodes(first.value ?? ''), ...rest];
  };
  visit(root);
}
