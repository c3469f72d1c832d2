/**
 * An export whose lines each appear twice in a row (an export tool run twice
 * into one file, a bad copy) reads as nonsense documents: refused. Printed
 * text repeats a line now and then (a table cell such as 各镇街 in two rows),
 * so only a share far above what real exports show counts.
 */
import type { Problem } from '../types.ts';

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
  const examples = repeats.slice(0, 3).map((n) => `第 ${n} 行`).join('、');
  return {
    file,
    line: repeats[0],
    message: `${repeats.length} 个非空行（占 ${share}%）与上一个非空行完全相同（如${examples}），像是每一行都被重复导出了；请重新导出后再导入`,
  };
}
