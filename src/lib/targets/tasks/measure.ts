/**
 * A task's numeric target against the figure its progress text reports:
 * both parsed from the printed words (the first figure in the measure's unit
 * outside parentheses), the share achieved computed, the period read.
 * `全覆盖` (full coverage) reads as a target of 100 %.
 */
import { figuresIn, type Bound } from '../numbers.ts';
import { readPeriod, type Period, type PeriodDocument } from '../period.ts';
import { parenthesised } from '../phrases.ts';
import { convert, sameBase } from '../units.ts';

export interface MeasureText {
  unit: string;
  target: string;
  achieved: string;
}

export interface ReadMeasure {
  target: number;
  targetBound: Bound;
  achieved: number;
  /** achieved ÷ target (1 = the target reached). */
  share: number;
  /** Period of the achieved figure. */
  period: Period;
}

function figureOf(text: string, unit: string, role: string): { value: number; bound: Bound } {
  const parens = parenthesised(text);
  const figure = figuresIn(text).find(
    (f) => sameBase(f.unit, unit) && !parens.some(([s, e]) => f.start >= s && f.start < e),
  );
  if (figure) return { value: convert(figure.value, figure.unit, unit), bound: figure.bound };
  if (role === '目标' && unit === '%' && /全覆盖/.test(text)) return { value: 100, bound: 'at-least' };
  throw new Error(`${role}“${text}”中没有单位为“${unit}”的数值`);
}

/** Reads a measure; throws an Error in Chinese when a text gives no figure in the unit. */
export function readMeasure(measure: MeasureText, doc: PeriodDocument): ReadMeasure {
  const target = figureOf(measure.target, measure.unit, '目标');
  const achieved = figureOf(measure.achieved, measure.unit, '进展');
  if (target.value <= 0) throw new Error(`目标“${measure.target}”的数值应大于0`);
  return {
    target: target.value,
    targetBound: target.bound,
    achieved: achieved.value,
    share: achieved.value / target.value,
    period: readPeriod(measure.achieved, null, doc, 'result'),
  };
}
