/**
 * An export whose lines each appear twice in a row, or whose text appears
 * twice over (an export tool run twice into one file, a bad copy), reads as
 * nonsense or duplicate documents: refused. Printed text repeats a line now
 * and then (a table cell such as 各镇街 in two rows, one addressee line), so
 * only a share far above what real exports show counts.
 */
import type { Problem, SourceBlock } from '../types.ts';

/** Share of non-blank lines equal to the non-blank line before them above which an export is refused (real exports: 0–1.1 %). */
export const REPEATED_LINE_SHARE = 0.2;
/** Fewer repeats than this never refuse a short export. */
const MIN_REPEATS = 10;

export function findRepeatedLines(file: string, lines: readonly string[]): Problem | null {
  let previous: string | null = null;
  let nonBlank = 0;
  const repeats: number[] = [];
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (!text) return;
    nonBlank++;
    if (text === previous) repeats.push(i + 1);
    previous = text;
  });
  if (repeats.length < MIN_REPEATS || repeats.length / nonBlank <= REPEATED_LINE_SHARE) return null;
  const share = Math.round((repeats.length / nonBlank) * 100);
  const examples = repeats
    .slice(0, 3)
    .map((n) => `第 ${n} 行`)
    .join('、');
  return {
    file,
    line: repeats[0],
    message: `${repeats.length} 个非空行（占 ${share}%）与上一个非空行完全相同（如${examples}），像是每一行都被重复导出了；请重新导出后再导入`,
  };
}

/** Blocks this long (non-space characters) are never printed twice in one issue by design. */
const LONG_BLOCK = 40;
/** Share of long blocks that repeat an earlier one above which an export is refused (real exports: 0–0.3 %). */
export const REPEATED_BLOCK_SHARE = 0.2;
const MIN_REPEATED_BLOCKS = 3;

/** The same long paragraphs or tables found again later in the export: its text is there twice. */
export function findRepeatedBlocks(file: string, blocks: readonly SourceBlock[]): Problem | null {
  const firstSeen = new Map<string, number>();
  const repeats: [number, number][] = [];
  let long = 0;
  for (const block of blocks) {
    const text = block.text.replace(/\s+/g, '');
    if ([...text].length < LONG_BLOCK) continue;
    long++;
    const earlier = firstSeen.get(text);
    if (earlier === undefined) firstSeen.set(text, block.lines[0]);
    else repeats.push([earlier, block.lines[0]]);
  }
  if (repeats.length < MIN_REPEATED_BLOCKS || repeats.length / long <= REPEATED_BLOCK_SHARE) return null;
  const [a, b] = repeats[0];
  return {
    file,
    line: b,
    message: `${repeats.length} 个长段落或表格（占 ${Math.round((repeats.length / long) * 100)}%）在文件中重复出现（如第 ${b} 行与第 ${a} 行相同），像是同一内容被导出了不止一次；请核对后重新导出`,
  };
}
