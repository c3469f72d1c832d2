/**
 * What a printed phrase says besides its main figure: targets and results
 * without a number (保持正增长, 与经济增长基本同步, 完成年度目标任务…), a
 * ranking (主城区第4名, 稳居全市第一) and an adjusted figure
 * (扣除留抵退税因素后增长-3.6%).
 */

/** A target or result without a number to compare, and what kind of statement it is. */
export type WordedKind =
  | 'positive' // 保持正增长: growth > 0
  | 'relative' // 与经济增长基本同步: relative to another indicator, no tolerance printed
  | 'complete' // 完成年度目标(任务): qualitative
  | 'forecast' // 预计能够完成年度目标任务: a forecast, not a result
  | 'direction'; // 保持同比下降: a direction without a base

export interface Worded {
  kind: WordedKind;
  /** The words as printed. */
  printed: string;
}

const WORDED: [WordedKind, RegExp][] = [
  ['forecast', /预计能够完成年度目标(?:任务)?/],
  ['positive', /保持正增长/],
  ['relative', /与经济(?:增长|发展)(?:基本)?(?:保持)?同步/],
  ['complete', /完成年度目标(?:任务)?/],
  ['direction', /保持同比(?:下降|增长)/],
];

/** The first worded statement in `text`, or null. */
export function readWorded(text: string): Worded | null {
  for (const [kind, re] of WORDED) {
    const m = re.exec(text);
    if (m) return { kind, printed: m[0] };
  }
  return null;
}

export interface Rank {
  /** As printed: 主城区第4名, 稳居全市第一, 居全国内陆口岸第一. */
  printed: string;
  /** Among whom, as printed: 主城区, 全市, 全国内陆口岸. */
  among: string;
  /** Position, 1 = first. */
  position: number;
}

const CJK_DIGITS = '一二三四五六七八九十';
const cjkNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : s === '十' ? 10 : CJK_DIGITS.indexOf(s) + 1);

/** A ranking printed in `text`, or null. */
export function readRank(text: string): Rank | null {
  const m = /(?:稳居|居|位居|排名)?([\u4e00-\u9fa5]{2,8}?)第(\d+|[一二三四五六七八九十])名?/.exec(text);
  if (!m) return null;
  const among = m[1].replace(/^(?:稳居|居|位居|排名)/, '');
  return { printed: m[0], among, position: cjkNumber(m[2]) };
}

export interface Adjusted {
  /** As printed: 扣除留抵退税因素后增长-3.6%. */
  printed: string;
  /** The adjustment, as printed: 留抵退税因素. */
  excluding: string;
  value: number;
}

/** An adjusted growth figure printed in `text`, or null. */
export function readAdjusted(text: string): Adjusted | null {
  const m = /扣除([^，。；）]*?)后增长\s*(-?\d+(?:\.\d+)?)\s*%/.exec(text);
  return m ? { printed: m[0], excluding: m[1], value: Number(m[2]) } : null;
}

/** Parenthesised stretches （…） or (…) of `text`, as [start, end) ranges; an unclosed one runs to the end. */
export function parenthesised(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '（' || text[i] === '(') stack.push(i);
    else if ((text[i] === '）' || text[i] === ')') && stack.length) {
      const start = stack.pop()!;
      if (!stack.length) ranges.push([start, i + 1]);
    }
  }
  if (stack.length) ranges.push([stack[0], text.length]);
  return ranges;
}
