/**
 * Pairs of exports of one text in two styles, for the editions tests and the
 * figures in the editions note: the 2022 work report of seed 003 (Word-derived,
 * one paragraph a line) re-styled as seed 000 prints its text — a space
 * between Chinese and digits or Latin letters (2021 年), long paragraphs split
 * at a page break — with words changed only where a test plants them.
 */
import { readFileSync } from 'node:fs';
import { seedPath } from './seeds.ts';

/** A planted change of wording: `from` (which must occur once in the report) becomes `to`. */
export interface PlantedChange {
  from: string;
  to: string;
}

/** Three changes of wording in the 2022 work report: a phrase added, a word dropped, a word replaced. */
export const PLANTED: PlantedChange[] = [
  { from: '请予审议，', to: '请予审议并提出修改意见，' },
  { from: '大力实施创新驱动发展战略', to: '实施创新驱动发展战略' },
  { from: '建好环大学创新生态圈', to: '建强环大学创新生态圈' },
];

/** Three more changes, for a pair with six: a figure, a verb, a clause dropped. */
export const PLANTED_MORE: PlantedChange[] = [
  { from: '全区GDP突破1400亿元', to: '全区GDP突破1500亿元' },
  { from: '加速创新资源', to: '加快创新资源' },
  { from: '成功创建国家文化和旅游消费试点城市', to: '创建国家文化和旅游消费试点城市' },
];

/** A changed 名词解释 definition (放管服), for the glossary's wording per edition. */
export const PLANTED_DEFINITION: PlantedChange = {
  from: '简政放权、放管结合、优化服务的简称',
  to: '简政放权、放管结合、优化服务改革的简称',
};

/** Lines of the 2022 work report in seed 003 (its title block to its 名词解释). */
export function reportLines(): string[] {
  const lines = readFileSync(seedPath('003'), 'utf8').split(/\r?\n/);
  const end = lines.findIndex((l) => l.startsWith('【区政府发文】'));
  return lines.slice(0, end);
}

const SPACE_BEFORE = /(\p{Script=Han})([0-9A-Za-z])/gu;
const SPACE_AFTER = /([0-9A-Za-z%])(\p{Script=Han})/gu;

/** A line as the PDF-derived export prints it: spaces between Chinese and digits or Latin letters. */
export const spaced = (line: string): string => line.replace(SPACE_BEFORE, '$1 $2').replace(SPACE_AFTER, '$1 $2');

/** Splits a long paragraph after the comma nearest its middle, as a page break leaves it. */
function pageBreakSplit(line: string): string[] {
  const middle = Math.floor(line.length / 2);
  const at = line.indexOf('，', middle);
  return at < 0 ? [line] : [line.slice(0, at + 1), line.slice(at + 1)];
}

/**
 * The report re-styled (every `splitEvery`-th long body paragraph split), with `planted` applied;
 * the title block (first 4 lines) is left as printed so that the importer finds the same document.
 */
export function restyledReport(planted: PlantedChange[] = [], splitEvery = 4): string {
  let text = reportLines().join('\n');
  for (const p of planted) {
    if (text.split(p.from).length !== 2) throw new Error(`planted change “${p.from}” must occur exactly once`);
    text = text.replace(p.from, p.to);
  }
  let long = 0;
  const out = text.split('\n').flatMap((line, i) => {
    if (i < 4 || /^\d+\.\s/.test(line)) return [line];
    const styled = spaced(line);
    return styled.length > 200 && ++long % splitEvery === 0 ? pageBreakSplit(styled) : [styled];
  });
  return `${out.join('\n')}\n`;
}

/** The report alone, as seed 003 prints it. */
export const originalReport = (): string => `${reportLines().join('\n')}\n`;

/** Three changes in the 2025 work report of seed 000. */
export const PLANTED_2025: PlantedChange[] = [
  { from: '承压前行、积极作为', to: '承压前行、奋发作为' },
  { from: '满怀感恩之心奋进之志', to: '满怀感恩之心和奋进之志' },
  { from: '聚势而强', to: '聚势而起' },
];

/** Seed 000 as printed: the gazette issue, its 2025 work report the gazette's printed edition. */
export const gazette2025 = (): string => readFileSync(seedPath('000'), 'utf8');

/**
 * The other way round: the 2025 work report of seed 000 alone (no cover or contents, so no gazette),
 * as an online edition would print it: no space between Chinese and digits or Latin letters.
 */
export function onlineReport2025(planted: PlantedChange[] = []): string {
  const lines = gazette2025().split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('【政府工作报告】')) + 1;
  const end = lines.findIndex((l, i) => i > start && /^【/.test(l));
  let text = lines
    .slice(start, end)
    .map((l) => l.replace(/(\p{Script=Han}) ([0-9A-Za-z])/gu, '$1$2').replace(/([0-9A-Za-z%]) (\p{Script=Han})/gu, '$1$2'))
    .join('\n');
  for (const p of planted) {
    if (text.split(p.from).length !== 2) throw new Error(`planted change “${p.from}” must occur exactly once`);
    text = text.replace(p.from, p.to);
  }
  return `${text}\n`;
}

/** A changed word in 沙府发〔2022〕8号, the first notice of seed 003. */
export const PLANTED_NOTICE: PlantedChange = { from: '切实保障人民', to: '有效保障人民' };

/** 沙府发〔2022〕8号 alone, as seed 003 prints it (from its section label to the next document), with `planted`. */
export function notice2022(planted: PlantedChange[] = []): string {
  const lines = readFileSync(seedPath('003'), 'utf8').split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('【区政府发文】'));
  const end = lines.findIndex((l, i) => i > start + 3 && l === '重庆市沙坪坝区人民政府');
  let text = lines.slice(start, end).join('\n');
  for (const p of planted) {
    if (text.split(p.from).length !== 2) throw new Error(`planted change “${p.from}” must occur exactly once`);
    text = text.replace(p.from, p.to);
  }
  return `${text}\n`;
}
