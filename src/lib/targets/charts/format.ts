/**
 * Numbers as the charts and tables print them: d3-format with the zh-CN locale
 * (the same locale d3 ships), significant digits kept, trailing zeros dropped,
 * and the unit written after the number the Chinese way (5.5%, 1,220.9亿元, 221天).
 */
import { formatLocale } from 'd3';

/** d3's zh-CN locale (d3-format/locale/zh-CN.json). */
export const zhCN = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''] });

const number = zhCN.format(',.6~r');
const share = zhCN.format('.0%');

/** 1220.9 → 1,220.9; -29.16 → −29.16; 0.1972 → 0.1972. */
export function formatNumber(value: number): string {
  return number(value);
}

/** A value with its unit; the unit — (qualitative) is not written. */
export function formatValue(value: number, unit: string): string {
  return `${formatNumber(value)}${unit === '—' ? '' : unit}`;
}

/** A share of a target: 0.3376 → 34%. */
export function formatShare(value: number): string {
  return share(value);
}
