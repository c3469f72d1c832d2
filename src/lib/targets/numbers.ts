/**
 * Finds the figures in a printed phrase: number, unit, the verb before it and
 * the qualifier around it. Reads `3 %` and `增长 6.5%` (spaced digits), an ASCII
 * hyphen as a minus sign only where it cannot be a month range (`1-9月`), and a
 * fall written as a positive number after 下降.
 */
import { UNIT_WORDS } from './units.ts';

/** How a printed figure bounds the quantity. */
export type Bound =
  | 'exact' // 增长8%
  | 'about' // 左右
  | 'at-least' // 以上, 达…以上, 不低于
  | 'more-than' // 突破, 超, 超过, 余, 多
  | 'at-most' // 以内, 以下, 控制在…以内
  | 'just-under'; // 近

export interface Figure {
  /** Value in the printed unit; a fall (下降5%) is negative. */
  value: number;
  /** Unit as printed, e.g. %, 亿元, 万㎡. */
  unit: string;
  /** Verb before the number, e.g. 增长, 下降, 达, 突破, or null. */
  verb: string | null;
  bound: Bound;
  /** Qualifier words as printed: 左右, 以上, 突破, 以内, 近… or null. */
  qualifier: string | null;
  /** True for a change (增长/下降/增加/减少) rather than a level. */
  change: boolean;
  /** Position of the number in the scanned text, and end of the figure. */
  start: number;
  end: number;
  /** The figure as printed, from verb to qualifier. */
  printed: string;
}

const VERBS = [
  '同比增长',
  '同比下降',
  '增长',
  '下降',
  '增加',
  '减少',
  '降至',
  '提高至',
  '提升至',
  '达到',
  '达',
  '突破',
  '超过',
  '超',
  '为',
  '至',
  '控制在',
  '稳定在',
  '保持在',
];
const LEADING = ['近', '约'];
const TRAILING = ['左右', '以上', '以内', '以下', '余', '多'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: readonly string[]) => words.map(escape).join('|');

// verb? leading? number unit trailing?  — a hyphen is a minus sign only after a verb or at a clause start.
const FIGURE_RE = new RegExp(
  `(?<verb>${alt(VERBS)})?\\s*(?<lead>${alt(LEADING)})?\\s*(?<num>(?<![\\d.])-?\\d+(?:\\.\\d+)?)\\s*(?<unit>${alt(UNIT_WORDS)})(?<trail>${alt(TRAILING)})?`,
  'g',
);

function boundOf(
  verb: string | null,
  lead: string | null,
  trail: string | null,
): { bound: Bound; qualifier: string | null } {
  if (trail === '左右') return { bound: 'about', qualifier: trail };
  if (trail === '以上') return { bound: 'at-least', qualifier: trail };
  if (trail === '以内' || trail === '以下') return { bound: 'at-most', qualifier: trail };
  if (trail === '余' || trail === '多') return { bound: 'more-than', qualifier: trail };
  if (lead === '近') return { bound: 'just-under', qualifier: lead };
  if (lead === '约') return { bound: 'about', qualifier: lead };
  if (verb === '突破' || verb === '超' || verb === '超过') return { bound: 'more-than', qualifier: verb };
  return { bound: 'exact', qualifier: null };
}

/** Every figure in `text`, in order. */
export function figuresIn(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE_RE)) {
    const g = m.groups!;
    const numStart = m.index + m[0].indexOf(g.num);
    // `1-9月`: a hyphen right after a digit is a range, and the range is a period, not a figure.
    // `第3名` is a rank, read by readRank().
    if (/\d$/.test(text.slice(0, numStart)) || text[numStart - 1] === '第') continue;
    let value = Number(g.num);
    const verb = g.verb ?? null;
    if ((verb === '下降' || verb === '同比下降' || verb === '减少') && value > 0) value = -value;
    const { bound, qualifier } = boundOf(verb, g.lead ?? null, g.trail ?? null);
    figures.push({
      value,
      unit: g.unit,
      verb,
      bound,
      qualifier,
      change: verb !== null && /增长|下降|增加|减少/.test(verb),
      start: numStart,
      end: m.index + m[0].length,
      printed: m[0].trim(),
    });
  }
  return figures;
}
