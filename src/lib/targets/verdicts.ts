/**
 * A supervision report's own verdicts on its targets, as its summary prints
 * them: “①1项指标符合预期，…；②7项指标不达预期，分别是：…；③2项指标符合
 * 时间节点要求，…”. Each group's named items are matched to the rows of the
 * targets table. When a group names fewer items than it counts and exactly the
 * missing number of rows is left unnamed, those rows take that group's verdict,
 * marked as inferred; the gap itself is reported, never hidden.
 * The verdicts are quoted beside our computed statuses, never mapped onto them.
 */

export interface VerdictGroup {
  /** Circled number as printed: ①. */
  marker: string;
  /** How many items the group says it has. */
  stated: number;
  /** The verdict words: 符合预期, 不达预期, 符合时间节点要求. */
  verdict: string;
  /** Items the group names, as printed. */
  named: string[];
  /** The group's text as printed. */
  printed: string;
}

const GROUP_RE = /([①-⑳])(\d+)项指标([^，：；。]+)[，：]([^①-⑳]*)/g;

/** The verdict groups of a summary paragraph, or [] when it has none. */
export function parseVerdictGroups(paragraph: string): VerdictGroup[] {
  return [...paragraph.matchAll(GROUP_RE)].map((m) => {
    const rest = m[4].replace(/[；。]\s*$/, '');
    const list = rest.includes('分别是：') ? rest.slice(rest.indexOf('分别是：') + 4) : rest;
    const named = list
      .replace(/（详见[^）]*）/g, '')
      .split(/[，、]|和/)
      .map((s) => s.replace(/[；。]+$/, '').trim())
      .filter(Boolean);
    return { marker: m[1], stated: Number(m[2]), verdict: m[3], named, printed: m[0].replace(/[；]\s*$/, '') };
  });
}

export interface RowVerdict {
  verdict: string;
  group: VerdictGroup;
  /** The item that names this row, or null when the row was assigned by the count rule. */
  namedAs: string | null;
  inferred: boolean;
}

export interface VerdictAssignment {
  /** Verdict per table row number (1-based). */
  rows: Map<number, RowVerdict>;
  /** Groups whose stated count differs from the items they name, with the rows left unnamed. */
  gaps: { group: VerdictGroup; unnamedRows: number[] }[];
  /** Named items that match no row. */
  unmatched: string[];
}

const strip = (s: string) => s.replace(/\s+/g, '');
const core = (item: string) => strip(item).replace(/(?:任务|指标)$/, '');

/** Matches the groups' items to `rows` (each row's cells) and applies the count rule. */
export function assignVerdicts(groups: VerdictGroup[], rows: string[][]): VerdictAssignment {
  const result: VerdictAssignment = { rows: new Map(), gaps: [], unmatched: [] };
  for (const group of groups) {
    for (const item of group.named) {
      const i = rows.findIndex(
        (cells, k) => !result.rows.has(k + 1) && cells.some((c) => strip(c).includes(core(item))),
      );
      if (i < 0) result.unmatched.push(item);
      else result.rows.set(i + 1, { verdict: group.verdict, group, namedAs: item, inferred: false });
    }
  }
  const unnamed = rows.map((_, k) => k + 1).filter((n) => !result.rows.has(n));
  const short = groups.filter((g) => g.named.length < g.stated);
  for (const group of short) {
    const missing = group.stated - group.named.length;
    const inferable = short.length === 1 && missing === unnamed.length;
    result.gaps.push({ group, unnamedRows: unnamed });
    if (inferable)
      for (const n of unnamed) result.rows.set(n, { verdict: group.verdict, group, namedAs: null, inferred: true });
  }
  return result;
}
