/**
 * Units as printed and how they convert. Two units compare only when they share
 * a base (平方米 and 万㎡ do; 班 and 列 do not, nor 户 and 栋: count words that
 * differ are different measures, see NOTES "Traps in reading numbers").
 */

export interface UnitInfo {
  /** Base the unit converts to. */
  base: string;
  /** How many base units one printed unit is. */
  factor: number;
}

const TABLE: Record<string, UnitInfo> = {
  '%': { base: '%', factor: 1 },
  '‰': { base: '‰', factor: 1 },
  元: { base: '元', factor: 1 },
  万元: { base: '元', factor: 1e4 },
  亿元: { base: '元', factor: 1e8 },
  万亿元: { base: '元', factor: 1e12 },
  亿美元: { base: '美元', factor: 1e8 },
  平方米: { base: '平方米', factor: 1 },
  平米: { base: '平方米', factor: 1 },
  '㎡': { base: '平方米', factor: 1 },
  万平方米: { base: '平方米', factor: 1e4 },
  '万㎡': { base: '平方米', factor: 1e4 },
  立方米: { base: '立方米', factor: 1 },
  万立方米: { base: '立方米', factor: 1e4 },
  人: { base: '人', factor: 1 },
  名: { base: '人', factor: 1 },
  万人: { base: '人', factor: 1e4 },
  万名: { base: '人', factor: 1e4 },
  辆: { base: '辆', factor: 1 },
  万辆: { base: '辆', factor: 1e4 },
  公里: { base: '公里', factor: 1 },
  户: { base: '户', factor: 1 },
  万户: { base: '户', factor: 1e4 },
};

/** Count words: each is its own base. */
const COUNT_WORDS = [
  '天',
  '个',
  '家',
  '班',
  '列',
  '栋',
  '亩',
  '项',
  '所',
  '座',
  '条',
  '处',
  '件',
  '台',
  '支',
  '次',
  '宗',
];
for (const word of COUNT_WORDS) TABLE[word] = { base: word, factor: 1 };

/** Every printed unit, longest first, for the number scanner. */
export const UNIT_WORDS: readonly string[] = Object.keys(TABLE).sort((a, b) => b.length - a.length);

/** True when values in `a` and `b` can be compared. */
export function sameBase(a: string, b: string): boolean {
  const x = TABLE[a];
  const y = TABLE[b];
  return Boolean(x && y && x.base === y.base);
}

/** `value` printed in `from`, expressed in `to` (e.g. 1972 平方米 → 0.1972 万平方米). */
export function convert(value: number, from: string, to: string): number {
  const x = TABLE[from];
  const y = TABLE[to];
  if (!x || !y || x.base !== y.base) throw new Error(`单位“${from}”不能换算为“${to}”`);
  // Round away binary noise from the factor arithmetic (0.1972 not 0.19720000000000001).
  return Number(((value * x.factor) / y.factor).toPrecision(12));
}
