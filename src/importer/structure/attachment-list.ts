/**
 * The `附件：` list a document prints after its text: `附件：1. 名词解释`, then
 * `2. …`, ` 3. …` one per paragraph (or several items on one line, or the
 * first item on the line after a bare `附件：`). Its numbered items name the
 * attachments; they are not the document's own numbered items, so the body
 * writes them as plain paragraphs and keeps them out of the heading outline.
 *
 * The list goes on while each paragraph opens with the next number (1, 2, 3…)
 * and reads like a title (no sentence ends inside); anything else ends it:
 * the signature, a date, a status line, an `附件N` heading, a body paragraph.
 */
import type { SourceBlock } from '../types.ts';
import { isAttachmentList } from '../vocabulary/document-lines.ts';
import { joinTitle, stripBold } from './title-block.ts';

export interface ListedAttachment {
  /** The printed number, or null for a single unnumbered attachment. */
  number: number | null;
  /** The title as listed (closing ；。 dropped, letter-spacing removed). */
  title: string;
  /** Index of the block the item is printed in. */
  block: number;
}

export interface AttachmentList {
  /** Index of the `附件：` block. */
  at: number;
  /** Index after the list's last block. */
  end: number;
  items: ListedAttachment[];
}

const LIST_PREFIX = /^[\s\u3000]*(?:[-*+][\s\u3000]+)?附[\s\u3000]*件[\s\u3000]*[:：]/;
/** Where an item starts inside a line: 1–2 digits and . ． or 、, not part of a number (0.3, 2025.1). */
const ITEM_START = /(?=(?<![\d.．])\d{1,2}[.．、](?!\d))/;
const ITEM = /^[\s\u3000]*(\d{1,2})[.．、](?!\d)[\s\u3000]*(.*?)[；;。]?[\s\u3000]*$/;
/** Longest text an item may have: a listed title, even one wrapped over three printed lines. */
const MAX_ITEM_CHARS = 90;

/** An item's text reads like a title: not empty, not too long, no sentence ending inside it. */
const isItemTitle = (title: string) => title.length > 0 && title.length <= MAX_ITEM_CHARS && !/[。！？!?]/.test(title);

/** Numbered items of one paragraph, or null when it does not consist of items numbered from `expected` on. */
function itemsOf(text: string, expected: number): { number: number; title: string }[] | null {
  const items: { number: number; title: string }[] = [];
  for (const part of text.split(ITEM_START).filter((p) => p.trim())) {
    const m = ITEM.exec(part);
    const number = m ? Number(m[1]) : NaN;
    if (!m || number !== expected + items.length || !isItemTitle(m[2].trim())) return null;
    items.push({ number, title: m[2].trim() });
  }
  return items.length ? items : null;
}

/** The `附件：` list starting at block `at`, with the numbered items that continue it below. */
export function readListAt(blocks: SourceBlock[], at: number, to = blocks.length): AttachmentList {
  const text = (k: number) => (blocks[k]?.kind === 'text' ? stripBold(blocks[k].text) : '');
  const title = (t: string) => joinTitle([{ ...blocks[at], text: t }]);
  const first = text(at).replace(LIST_PREFIX, '').trim();
  // The list line itself is a list whatever it holds: its parts are read leniently.
  const items: ListedAttachment[] = [];
  for (const part of first.split(ITEM_START).filter((p) => p.trim())) {
    const m = ITEM.exec(part);
    if (m) items.push({ number: Number(m[1]), title: title(m[2].trim()), block: at });
    else if (!items.length)
      items.push({ number: null, title: title(part.trim().replace(/[；;。][\s\u3000]*$/, '')), block: at });
  }
  // Items continue below a bare `附件：` or a numbered item; a single unnumbered attachment ends the list.
  const open = !items.length || items.at(-1)!.number !== null;
  let end = at + 1;
  while (open && end < to) {
    const next = itemsOf(text(end), (items.at(-1)?.number ?? 0) + 1);
    if (!next) break;
    items.push(...next.map((item) => ({ ...item, title: title(item.title), block: end })));
    end++;
  }
  return { at, end, items };
}

/** Every `附件：` list in a range of blocks. */
export function findAttachmentLists(blocks: SourceBlock[], from = 0, to = blocks.length): AttachmentList[] {
  const lists: AttachmentList[] = [];
  for (let i = from; i < to; i++) {
    if (blocks[i].kind !== 'text' || !isAttachmentList(stripBold(blocks[i].text))) continue;
    const list = readListAt(blocks, i, to);
    lists.push(list);
    i = list.end - 1;
  }
  return lists;
}

/** Indexes of the blocks of every `附件：` list: the `附件：` block and the items below it. */
export function attachmentListBlocks(blocks: SourceBlock[]): Set<number> {
  const taken = new Set<number>();
  for (const list of findAttachmentLists(blocks)) for (let k = list.at; k < list.end; k++) taken.add(k);
  return taken;
}
