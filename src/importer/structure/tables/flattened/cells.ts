/**
 * Cells of one flattened row. After its key, a row's text is a sequence of
 * tokens: the space-separated pieces of its lines. Cells come in column
 * order, but a cell may wrap over lines, a line may hold several cells
 * (`优先保护单元 9 一般生态空间`), a cell may hold a space
 * (`嘉陵江沙坪坝水厂 水源保护区`) and a category cell may be left out on a
 * group's later rows. Every way of cutting the tokens into the columns is
 * scored against what each column is known to hold (column-profile.ts):
 * - a piece that another column is known to hold is a strong objection;
 * - a category cell that is not a category term is a strong objection;
 * - an empty category cell, a cell unlike the column's known values (value
 *   and ending), a known value wrapped together with other lines, or a space
 *   kept inside a cell costs a little.
 * The cheapest cut wins (ties: earlier columns take more lines, as a wrapped
 * name does); a cut with a strong objection means the row is not reliable.
 */
import { joinText } from '../../../read/source-line.ts';
import type { ColumnProfile } from './column-profile.ts';

export interface Token {
  text: string;
  line: number;
  /** Which printed line of the row it is on (0 = the key line). */
  lineIndex: number;
  /** Whitespace printed before it on the same line ('' at a line start). */
  gap: string;
}

/** One line's space-separated tokens. A token opening with a digit after a Han one is CJK–digit spacing (`单元 1`), not a cell break. */
export function tokenize(text: string, line: number, lineIndex: number): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/\S+/g)) {
    const gap = text.slice(last, m.index);
    last = m.index + m[0].length;
    const prev = tokens[tokens.length - 1];
    if (prev && /^\d/.test(m[0]) && /\p{Script=Han}$/u.test(prev.text)) prev.text += gap + m[0];
    else tokens.push({ text: m[0], line, lineIndex, gap: tokens.length ? gap : '' });
  }
  return tokens;
}

const STRONG = 100;
const INFINITE = Number.POSITIVE_INFINITY;

/** Tokens of one cell grouped by printed line, each line's tokens joined with their printed spaces. */
export function pieces(group: Token[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  group.forEach((t, i) => {
    if (i > 0 && group[i - 1].lineIndex === t.lineIndex) out[out.length - 1].text += t.gap + t.text;
    else out.push({ text: t.text, line: t.line });
  });
  return out;
}

/**
 * Text of a cell: a line that is a value the column is known to hold stays a
 * line of its own (two units: `磁器口街道` / `沙坪坝街道`); other lines are
 * wrapped text and join with nothing between.
 */
export function cellText(group: Token[], profile: ColumnProfile): string {
  const parts = pieces(group);
  return parts.reduce((text, part, i) => {
    if (i === 0) return part.text;
    const list = profile.recognises(parts[i - 1].text) && profile.recognises(part.text);
    return list ? `${text}\n${part.text}` : joinText(text, part.text);
  }, '');
}

function cellCost(group: Token[], c: number, profiles: ColumnProfile[]): number {
  const profile = profiles[c];
  if (group.length === 0) return profile.category ? 1 : INFINITE;
  const parts = pieces(group);
  const own = parts.map((p) => profile.recognises(p.text));
  let cost =
    parts.filter((p, i) => !own[i] && profiles.some((q, j) => j !== c && q.recognises(p.text))).length * STRONG;
  const value = cellText(group, profile);
  const whole = parts.length > 1 && own.every(Boolean);
  if (profile.category) cost += profile.recognises(value) || whole ? 0 : STRONG;
  else if (profile.known && !(profile.recognises(value) || profile.endsLikeKnown(value) || whole)) cost += 1;
  // A known value wrapped together with other text is more likely a cell of its own.
  if (parts.length > 1 && !whole) cost += own.filter(Boolean).length;
  return cost + (group.length - parts.length) * 0.5;
}

export interface CellCut {
  /** Tokens of each column, in order. */
  groups: Token[][];
  cost: number;
  reliable: boolean;
}

/** The cheapest cut of a row's tokens into the columns (see the module comment). */
export function cutRow(tokens: Token[], profiles: ColumnProfile[]): CellCut {
  const memo = new Map<string, { cost: number; sizes: number[] }>();
  const best = (t: number, c: number): { cost: number; sizes: number[] } => {
    const id = `${t}:${c}`;
    const known = memo.get(id);
    if (known) return known;
    let result = { cost: INFINITE, sizes: [] as number[] };
    if (c === profiles.length - 1)
      result = { cost: cellCost(tokens.slice(t), c, profiles), sizes: [tokens.length - t] };
    else {
      for (let size = tokens.length - t; size >= 0; size--) {
        const rest = best(t + size, c + 1);
        const cost = cellCost(tokens.slice(t, t + size), c, profiles) + rest.cost;
        if (cost < result.cost) result = { cost, sizes: [size, ...rest.sizes] };
      }
    }
    memo.set(id, result);
    return result;
  };
  const { cost, sizes } = best(0, 0);
  const groups: Token[][] = [];
  let at = 0;
  for (const size of sizes) {
    groups.push(tokens.slice(at, at + size));
    at += size;
  }
  return { groups, cost, reliable: cost < STRONG };
}
