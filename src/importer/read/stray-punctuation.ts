/**
 * A line holding nothing but closing punctuation (`。` alone, left behind when
 * a block was printed out of order) belongs to the nearest earlier paragraph
 * that lacks its final punctuation; headings are skipped. The move is a repair
 * and is recorded; a stray mark with no such paragraph nearby stays as it is.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import { opensItem } from './markers.ts';

/** Blocks searched backwards for the paragraph the mark belongs to. */
const LOOK_BACK = 6;
const STRAY = /^[。，、；：！？]+$/;
const TERMINATED = /[。！？；：…]$/;

function isHeadingLike(text: string): boolean {
  return (text.length <= 40 && !/[。，；]/.test(text)) || (opensItem(text) && !text.includes('。'));
}

/** Moves punctuation-only text blocks onto the paragraph they close. */
export function attachStrayPunctuation(blocks: SourceBlock[]): { blocks: SourceBlock[]; notes: RepairNote[] } {
  const notes: RepairNote[] = [];
  const kept: SourceBlock[] = [];
  for (const block of blocks) {
    if (block.kind !== 'text' || !STRAY.test(block.text)) {
      kept.push(block);
      continue;
    }
    const target = kept
      .slice(-LOOK_BACK)
      .reverse()
      .find((b) => b.kind === 'text' && !TERMINATED.test(b.text) && !isHeadingLike(b.text));
    if (!target) {
      kept.push(block);
      continue;
    }
    target.text += block.text;
    notes.push({
      line: block.lines[0],
      kind: 'reorder',
      note: `第 ${block.lines[0]} 行单独的“${block.text}”移到第 ${target.lines[1]} 行“…${target.text.slice(-12, -block.text.length)}”之后（该段缺少结尾标点）`,
    });
  }
  return { blocks: kept, notes };
}
