/**
 * A table block becomes a GFM table node, or a preformatted block when it is
 * a form or template (blanks, □, 年 月 日 placeholders): forms are not data.
 */
import type { RepairNote, SourceBlock } from '../../types.ts';
import type { BodyNode } from '../model.ts';
import { readRawTable } from './raw-rows.ts';
import { shapeTable } from './shape.ts';

const FORM_SIGNALS = [
  /□/,
  /××|XX|xx/,
  /年[\s\u3000]+月[\s\u3000]+日/,
  /（公章）|\(公章\)/,
  /<p>/,
  /^-{3,}/,
  /^\.{3,}$/,
  /填报人|联系方式：|签字|盖章/,
];

/** Source line numbers of a block's raw lines (a block spans its lines in order). */
export function rawLineNumbers(block: SourceBlock): number[] {
  const raw = block.rawLines ?? block.text.split('\n');
  const [start, end] = block.lines;
  return raw.map((_, i) => Math.min(start + i, end));
}

export function isFormTable(rawLines: string[]): boolean {
  const cells = rawLines.flatMap((l) => l.split('\t')).map((c) => c.trim());
  const signals = FORM_SIGNALS.filter((re) => cells.some((c) => re.test(c))).length;
  const nonBlank = rawLines.filter((l) => l.trim() !== '');
  const tabbed = nonBlank.filter((l) => l.includes('\t'));
  const emptyShare = tabbed.length
    ? tabbed.flatMap((l) => l.split('\t').slice(1)).filter((c) => c.trim() === '').length /
      Math.max(1, tabbed.flatMap((l) => l.split('\t').slice(1)).length)
    : 0;
  return (
    signals >= 2 ||
    (signals >= 1 && emptyShare > 0.4) ||
    (tabbed.length >= 4 && emptyShare > 0.6 && tabbed.every((l) => l.split('\t').length > 2))
  );
}

export function tableNode(
  block: SourceBlock,
  echoes: Set<string> = new Set(),
): { nodes: BodyNode[]; notes: RepairNote[] } {
  const raw = block.rawLines ?? block.text.split('\n');
  const numbers = rawLineNumbers(block);
  if (isFormTable(raw)) {
    return {
      nodes: [{ type: 'preformatted', text: raw.join('\n'), lines: block.lines }],
      notes: [
        {
          line: block.lines[0],
          kind: 'form',
          note: `表单/模板按原样保留为预排版文本（第 ${block.lines[0]}–${block.lines[1]} 行）`,
        },
      ],
    };
  }
  const rawTable = readRawTable(raw, numbers, echoes);
  if (rawTable.rows.length < 2) {
    return {
      nodes: [{ type: 'preformatted', text: raw.join('\n'), lines: block.lines }],
      notes: [{ line: block.lines[0], kind: 'flag', note: '表格不足两行，按原样保留' }],
    };
  }
  const shaped = shapeTable(rawTable);
  if (shaped.header.length === 1)
    return {
      nodes: boxNodes(
        shaped.header[0],
        shaped.rows.map((r) => r.cells[0]),
        block,
      ),
      notes: shaped.notes,
    };
  const notes = [...shaped.notes];
  const loose = rawTable.orphans.filter((o) => !o.echo);
  for (const o of loose)
    notes.push({ line: o.line, kind: 'flag', note: `表格中的游离文字“${o.text.trim()}”未归入单元格，作为表格行保留` });
  const rows = shaped.rows.map((r) => (r.group ? [r.cells[0], ...Array(shaped.header.length - 1).fill('')] : r.cells));
  for (const o of [...loose].reverse())
    rows.splice(Math.min(Math.max(0, o.beforeRow - 1), rows.length), 0, [
      o.text.trim(),
      ...Array(shaped.header.length - 1).fill(''),
    ]);
  return { nodes: [{ type: 'table', header: shaped.header, rows, lines: block.lines }], notes };
}

/** A one-column table is a box (专栏): its title in bold, then one paragraph per printed line. */
function boxNodes(title: string, cells: string[], block: SourceBlock): BodyNode[] {
  const items = cells
    .flatMap((c) => c.split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);
  return [
    { type: 'paragraph', text: title, head: title, lines: block.lines },
    ...items.map((text): BodyNode => ({ type: 'paragraph', text, lines: block.lines })),
  ];
}
