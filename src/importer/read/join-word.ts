/**
 * Paragraphs of a Word-derived export: one paragraph per line. Blank lines
 * carry nothing; indentation (signatures pushed right with spaces, 4-space
 * indents) is layout and is trimmed; tables come from the table segmenter.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import { ParagraphBuilder, tableBlock, trimLine } from './blocks.ts';
import { isBlank } from './source-line.ts';
import type { Segment } from './tables.ts';

/** One text block per non-blank line, one table block per table segment. */
export function joinWord(segments: Segment[]): { blocks: SourceBlock[]; notes: RepairNote[] } {
  const out = new ParagraphBuilder();
  for (const segment of segments) {
    if (segment.kind === 'table') out.push(tableBlock(segment.lines));
    else if (!isBlank(segment.line.text)) out.start(segment.line, trimLine(segment.line.text));
  }
  out.flush();
  return { blocks: out.blocks, notes: [] };
}
