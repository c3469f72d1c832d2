/**
 * The period a printed figure covers, read from its text and from the printed
 * words around it (`context`), with defaults by document kind when neither
 * names one. The rules, in order, are listed in docs/targets.md.
 */

export type PeriodKind = 'year' | 'part-year' | 'multi-year' | 'milestone';

export interface Period {
  kind: PeriodKind;
  /** First year covered (equals `year` except for multi-year periods). */
  fromYear: number;
  /** Last (or only) year covered. */
  year: number;
  /** Months covered within `year`, [first, last]; null for a whole year or when not printed (截至目前). */
  months: [number, number] | null;
  /** Label shown to readers: 全年, 1-9月, 截至9月30日, “十三五”时期 (2016—2020年)… */
  label: string;
  /** The printed words the period was read from; null when a default rule applied. */
  printed: string | null;
  /** Printed as an estimate (预计…), not a final figure. */
  estimate: boolean;
}

/** What the period rules need to know about the document a figure comes from. */
export interface PeriodDocument {
  /** 政府工作报告 plans for `year` and reviews `year - 1`; 督查报告 reviews part of `year`. */
  kind: string;
  year: number;
  /** Period the document states it reviews, e.g. 2022年1—9月 (a supervision report). */
  period?: string | null;
}

const DASH = '[-—―~～至]';
const FIVE_YEAR_PLANS: Record<string, number> = { 十三五: 2016, 十四五: 2021, 十五五: 2026 };

const part = (year: number, months: [number, number] | null, label: string, printed: string | null): Period => ({
  kind: 'part-year',
  fromYear: year,
  year,
  months,
  label,
  printed,
  estimate: false,
});
const whole = (year: number, label: string, printed: string | null): Period => ({
  kind: 'year',
  fromYear: year,
  year,
  months: null,
  label,
  printed,
  estimate: false,
});
const multi = (from: number, to: number, label: string, printed: string): Period => ({
  kind: 'multi-year',
  fromYear: from,
  year: to,
  months: null,
  label: `${label}（${from}—${to}年）`,
  printed,
  estimate: false,
});

/** Months of a supervision report's stated period: 2022年1—9月 → [1, 9]. */
export function monthsOf(text: string | null | undefined): [number, number] | null {
  const m = text ? new RegExp(`(\\d{1,2})\\s*${DASH}\\s*(\\d{1,2})\\s*月`).exec(text) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** A period printed in `text`, or null. `year` is the year a month range belongs to. */
function printedPeriod(text: string, doc: PeriodDocument, type: 'target' | 'result'): Period | null {
  const explicitYear = /(?<![\d\-—―])(\d{4})\s*年(?!\s*\d|\s*[-—―])/.exec(text);
  const baseYear = explicitYear ? Number(explicitYear[1]) : doc.year;
  let m: RegExpExecArray | null;
  if ((m = /到\s*(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(text))) {
    return {
      kind: 'milestone',
      fromYear: Number(m[1]),
      year: Number(m[1]),
      months: [1, Number(m[2])],
      label: `到${m[1]}年${m[2]}月`,
      printed: m[0],
      estimate: false,
    };
  }
  if ((m = new RegExp(`(\\d{1,2})\\s*${DASH}\\s*(\\d{1,2})\\s*月`).exec(text))) {
    const months: [number, number] = [Number(m[1]), Number(m[2])];
    return months[0] === 1 && months[1] === 12
      ? whole(baseYear, '全年', m[0])
      : part(baseYear, months, m[0].replace(/\s/g, ''), m[0]);
  }
  if ((m = /截至(\d{1,2})月(\d{1,2})日/.exec(text))) return part(baseYear, [1, Number(m[1])], m[0], m[0]);
  if ((m = /前三季度/.exec(text))) return part(baseYear, [1, 9], m[0], m[0]);
  if ((m = /上半年/.exec(text))) return part(baseYear, [1, 6], m[0], m[0]);
  if ((m = /截至目前/.exec(text))) return part(baseYear, null, m[0], m[0]);
  if ((m = /“?(十[三四五]五)”?期末/.exec(text))) {
    const end = FIVE_YEAR_PLANS[m[1]] + 4;
    return whole(end, `“${m[1]}”期末（${end}年）`, m[0]);
  }
  if ((m = /“?(十[三四五]五)”?/.exec(text))) {
    const from = FIVE_YEAR_PLANS[m[1]];
    return multi(from, from + 4, `“${m[1]}”时期`, m[0]);
  }
  if ((m = /过去五年|五年来/.exec(text))) return multi(doc.year - 5, doc.year - 1, '过去五年', m[0]);
  if ((m = /今后五年/.exec(text))) return multi(doc.year, doc.year + 4, '今后五年', m[0]);
  if (explicitYear) return whole(baseYear, '全年', explicitYear[0]);
  if ((m = /过去一年|一年来/.exec(text))) return whole(doc.year - 1, '全年', m[0]);
  if (type === 'target' && (m = /今年|全年/.exec(text))) return whole(doc.year, '全年', m[0]);
  return null;
}

/** Default when nothing is printed: the document's own period. */
function defaultPeriod(doc: PeriodDocument, type: 'target' | 'result'): Period {
  if (doc.kind === '督查报告') {
    const months = monthsOf(doc.period);
    return part(doc.year, months, `未注明（报告期${months ? `${months[0]}-${months[1]}月` : doc.year + '年'}）`, null);
  }
  return type === 'target' ? whole(doc.year, '全年', null) : whole(doc.year - 1, '全年', null);
}

/** The period of a figure printed as `text`, with `context` (printed words of the same paragraph or table). */
export function readPeriod(
  text: string,
  context: string | null,
  doc: PeriodDocument,
  type: 'target' | 'result',
): Period {
  const period =
    printedPeriod(text, doc, type) ?? (context ? printedPeriod(context, doc, type) : null) ?? defaultPeriod(doc, type);
  const estimate = /预计(?!能够)/.test(text) || Boolean(context && /预计(?!能够)/.test(context));
  if (!estimate) return period;
  return { ...period, estimate, label: period.kind === 'year' ? `预计${period.label}` : period.label };
}
