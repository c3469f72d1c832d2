/**
 * Builds the body nodes of one region of a document (a notice's own text, an
 * enclosed document, an attachment, a report part): headings from the
 * numbering, run-in heads, tables, preformatted forms.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import type { BodyNode } from './model.ts';
import { Outline } from './outline.ts';
import { tableNode } from './tables/table.ts';
import { findFlatRegions, FLAT_TABLE_REASON } from './tables/flattened/flat-table.ts';
import { findKeyedTables } from './tables/flattened/keyed-table.ts';
import { restoreSiblingOrder } from './reorder.ts';
import { headKey } from './tables/raw-rows.ts';
import { readMarker } from './numbering.ts';
import { attachmentListBlocks } from './attachment-list.ts';

const stripMarker = (head: string) => readMarker(head)?.rest ?? head;

export interface BodyOptions {
  /** Markdown level of the first numbering family. */
  baseLevel: number;
  /** Work reports also have unnumbered parts and unnumbered run-in heads. */
  workReport?: boolean;
  /** Keep runs of short lines (tables flattened by a hard-wrapped export) as preformatted text. */
  flatTables?: boolean;
  /** Item heads seen so far in the document (shared across its regions), for tables that echo them. */
  heads?: Set<string>;
}

export function buildBody(input: SourceBlock[], options: BodyOptions): { nodes: BodyNode[]; notes: RepairNote[] } {
  const reordered = restoreSiblingOrder(mergeSplitTables(input));
  const blocks = reordered.blocks;
  const outline = new Outline(options.baseLevel, options.workReport);
  const nodes: BodyNode[] = [];
  const notes: RepairNote[] = [...reordered.notes];
  // An `附件：` list names attachments: one plain paragraph per printed item, outside the heading numbering.
  const listBlocks = attachmentListBlocks(blocks);
  // Flattened tables: rebuilt when their rows start with a recurring pattern, else kept as printed.
  const keyed = options.flatTables ? findKeyedTables(blocks) : [];
  const inKeyed = (i: number) => keyed.some((t) => i >= t.start && i < t.end);
  const flat = options.flatTables ? findFlatRegions(blocks, (i) => inKeyed(i) || listBlocks.has(i)) : [];
  blocks.forEach((block, i) => {
    if (listBlocks.has(i)) {
      nodes.push({ type: 'paragraph', text: block.text.trim(), lines: block.lines });
      return;
    }
    const table = keyed.find((t) => i >= t.start && i < t.end);
    if (table) {
      if (i !== table.start) return;
      nodes.push(...table.nodes);
      notes.push(...table.notes);
      return;
    }
    const region = flat.find(([a, b]) => i >= a && i < b);
    if (region) {
      if (i !== region[0]) return;
      const part = blocks.slice(region[0], region[1]);
      const lines: [number, number] = [part[0].lines[0], part.at(-1)!.lines[1]];
      nodes.push({ type: 'preformatted', text: part.map((b) => b.text.trim()).join('\n'), lines });
      notes.push({
        line: lines[0],
        kind: 'flag',
        note: `第 ${lines[0]}–${lines[1]} 行的表格在导出时被拆成单行，${FLAT_TABLE_REASON}，按原样保留为预排版文本`,
      });
      return;
    }
    if (block.kind === 'table') {
      const { nodes: tableNodes, notes: tableNotes } = tableNode(block, options.heads);
      nodes.push(...tableNodes);
      notes.push(...tableNotes);
      return;
    }
    if (block.kind === 'preformatted') {
      nodes.push({ type: 'preformatted', text: block.rawLines?.join('\n') ?? block.text, lines: block.lines });
      return;
    }
    const next = blocks.slice(i + 1).find((b) => b.kind === 'text')?.text;
    const c = outline.classify(block.text, next);
    if (c.kind === 'heading') nodes.push({ type: 'heading', level: c.level, text: c.text, lines: block.lines });
    else nodes.push({ type: 'paragraph', text: c.text, head: c.head, lines: block.lines });
    if (c.kind === 'paragraph' && c.head) options.heads?.add(headKey(stripMarker(c.head)));
  });
  return { nodes, notes };
}

const MAX_LOOSE = 40;

/**
 * A Word table can be cut by loose lines (merged-cell text printed outside
 * the cells): two cell-per-line table blocks with only short loose lines
 * between them are one table, the loose lines kept as its raw lines.
 */
function mergeSplitTables(blocks: SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const prev = out.at(-1);
    if (prev?.kind === 'table' && blocks[i].kind === 'text') {
      let j = i;
      while (j < blocks.length && j - i < 3 && blocks[j].kind === 'text' && isLoose(blocks[j].text)) j++;
      const next = blocks[j];
      if (j > i && next?.kind === 'table' && isCellPerLine(prev) && isCellPerLine(next)) {
        const loose = blocks.slice(i, j).flatMap((b) => ['', b.text]);
        const rawLines = [...(prev.rawLines ?? []), ...loose, '', ...(next.rawLines ?? [])];
        out[out.length - 1] = { ...prev, rawLines, text: rawLines.join('\n'), lines: [prev.lines[0], next.lines[1]] };
        i = j;
        continue;
      }
    }
    out.push(blocks[i]);
  }
  return out;
}

const isLoose = (text: string) => text.trim().length <= MAX_LOOSE && !/[。；]/.test(text);
const isCellPerLine = (b: SourceBlock) => (b.rawLines ?? []).every((l) => l.split('\t').length <= 2);
