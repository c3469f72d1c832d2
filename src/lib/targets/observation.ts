/**
 * Reads one curated observation: from its printed text (and printed context)
 * to value, unit, bound, qualifier, definition and period. Nothing here is
 * typed by hand: the data files hold only the printed words and their source.
 */
import { figuresIn, type Bound, type Figure } from './numbers.ts';
import { readPeriod, type Period, type PeriodDocument } from './period.ts';
import {
  parenthesised,
  readAdjusted,
  readRank,
  readWorded,
  type Adjusted,
  type Rank,
  type WordedKind,
} from './phrases.ts';
import { convert, sameBase } from './units.ts';
import { occursIn } from './locate.ts';

/** What the reader needs to know about the indicator. */
export interface IndicatorShape {
  /** Unit values are expressed in. */
  unit: string;
  /** growth: a change in % (增长/下降); level: a quantity; qualitative: worded targets only (figures are ignored). */
  measure: 'growth' | 'level' | 'qualitative';
  /**
   * Printed labels that name this indicator, each mapped to its definition key (规上工业增加值 → above-size).
   * `…` in a label stands for any words: 拆除…违法建筑 matches 拆除150万平方米违法建筑.
   */
  labels: Record<string, string>;
}

export interface ObservationText {
  type: 'target' | 'result';
  /** The text exactly as printed. */
  text: string;
  /** Printed words near it that set its period (今年, 预计2021年, “十三五”期末…). */
  context?: readonly string[] | null;
}

export interface ReadObservation {
  /** number: a figure; otherwise the kind of worded statement. */
  kind: 'number' | WordedKind;
  /** Value in the indicator's unit; null when nothing numeric is printed. */
  value: number | null;
  /** The main figure as printed (增长7.5%左右). */
  figure: string | null;
  bound: Bound | null;
  /** Qualifier as printed: 左右, 以上, 突破, 保持正增长, 完成年度目标任务… */
  qualifier: string | null;
  /** Indicator label found in the text, and the definition it stands for. */
  label: string | null;
  definition: string | null;
  /** 年均 (annual average) or 累计 (cumulative), when printed before the figure. */
  aggregate: 'annual-average' | 'cumulative' | null;
  period: Period;
  rank: Rank | null;
  adjusted: Adjusted | null;
}

const CLAUSE_BREAK = /[，；。：,;！？]/;

/** The clause around `at`: from the last clause break before it to the next one. */
function clauseAround(text: string, at: number): { text: string; start: number } {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !CLAUSE_BREAK.test(text[end])) end++;
  return { text: text.slice(start, end), start };
}

/** The longest of `labels` found in `text` (parenthesised asides removed), or null. */
function findLabel(text: string, labels: string[]): string | null {
  const plain = parenthesised(text)
    .reverse()
    .reduce((t, [s, e]) => t.slice(0, s) + t.slice(e), text);
  return (
    [...labels].sort((a, b) => b.replace('…', '').length - a.replace('…', '').length).find((l) => occursIn(l, plain)) ??
    null
  );
}

/** The indicator label naming `figure`: the longest label in its clause, or the one 分别 assigns to it. */
function labelOf(text: string, figure: Figure, all: Figure[], labels: string[]): string | null {
  const clause = clauseAround(text, figure.start);
  const respectively = clause.text.indexOf('分别');
  if (respectively >= 0 && figure.start > clause.start + respectively) {
    const names = clause.text.slice(0, respectively).split('、');
    const after = all.filter(
      (f) => f.start > clause.start + respectively && f.start < clause.start + clause.text.length,
    );
    return findLabel(names[after.indexOf(figure)] ?? '', labels);
  }
  return findLabel(clause.text, labels);
}

function aggregateOf(text: string, figure: Figure | null): ReadObservation['aggregate'] {
  const before = figure ? clauseAround(text, figure.start).text : text;
  if (/年均/.test(before)) return 'annual-average';
  if (/累计/.test(before)) return 'cumulative';
  return null;
}

/** Reads an observation; throws an Error with a message in Chinese when the text does not fit the indicator. */
export function readObservation(obs: ObservationText, indicator: IndicatorShape, doc: PeriodDocument): ReadObservation {
  const { text } = obs;
  const context = (obs.context ?? []).join('；');
  const period = readPeriod(text, context || null, doc, obs.type);
  const inParens = parenthesised(text);
  const labels = Object.keys(indicator.labels);
  const all = figuresIn(text);
  const candidates =
    indicator.measure === 'qualitative'
      ? []
      : all.filter(
          (f) =>
            !inParens.some(([s, e]) => f.start >= s && f.start < e) &&
            sameBase(f.unit, indicator.unit) &&
            (indicator.measure === 'growth') === f.change,
        );
  const labelled = candidates.map((f) => ({ f, label: labelOf(text, f, all, labels) })).filter((c) => c.label);
  const common = { period, rank: readRank(text), adjusted: readAdjusted(text) };
  if (labelled.length > 1) {
    throw new Error(
      `“${text}”中有 ${labelled.length} 个可作为本指标的数值（${labelled.map((c) => c.f.printed).join('、')}），请只引用其中一个`,
    );
  }
  if (labelled.length === 1) {
    const { f, label } = labelled[0];
    return {
      ...common,
      kind: 'number',
      value: convert(f.value, f.unit, indicator.unit),
      figure: f.printed,
      bound: f.bound,
      qualifier: f.qualifier,
      label,
      definition: indicator.labels[label!],
      aggregate: aggregateOf(text, f),
    };
  }
  if (candidates.length) {
    throw new Error(
      `“${text}”中的数值（${candidates.map((f) => f.printed).join('、')}）前后没有本指标的名称（应包含：${labels.join('、')}）`,
    );
  }
  const worded = readWorded(text);
  if (!worded) {
    throw new Error(
      `“${text}”中没有单位为“${indicator.unit}”的${indicator.measure === 'growth' ? '增速' : '数值'}，也没有可识别的定性表述（保持正增长、基本同步、完成年度目标任务等）`,
    );
  }
  const label = findLabel(text, labels);
  return {
    ...common,
    kind: worded.kind,
    value: worded.kind === 'positive' ? 0 : null,
    figure: null,
    bound: worded.kind === 'positive' ? 'more-than' : null,
    qualifier: worded.printed,
    label,
    definition: label ? indicator.labels[label] : null,
    aggregate: null,
  };
}
