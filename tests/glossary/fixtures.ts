/** Small glossaries for the unit tests: real terms of the seed reports, short definitions. */
import type { GlossaryTerm } from '../../src/lib/glossary/terms.ts';

function term(
  id: string,
  text: string,
  variants: string[] = [],
  definition = `${text}的释义。`,
  related: string[] = [],
): GlossaryTerm {
  return {
    id,
    term: text,
    variants,
    definitions: [{ reportId: 'work-report-2025', year: 2025, number: 1, heading: null, text: definition }],
    related,
  };
}

export const TERMS: GlossaryTerm[] = [
  term('wu-fei-cheng-shi', '无废城市', ['“无废城市”'], '以新发展理念为引领的城市发展模式。'),
  term(
    'wu-fei-cheng-shi-xi-bao',
    '无废城市细胞',
    ['“无废城市细胞”'],
    '“无废城市”建设的基本单元，如无废学校、无废小区。',
  ),
  term('fang-guan-fu', '放管服', ['“放管服”'], '简政放权、放管结合、优化服务的简称。'),
  term('da-hao-si-zhang-pai', '打好“四张牌”', ['“打好四张牌”', '打好四张牌']),
  term('liang-chong', '两重', ['“两重”'], '国家重大战略实施和重点领域安全能力建设。'),
  term('shuang-jian', '双减', ['“双减”']),
  term('15-fen-zhong', '15分钟高品质生活圈', ['“15分钟高品质生活圈”']),
  term('drg', 'DRG 付费改革', ['DRG付费改革']),
  term('san-bian', '“三变”改革', ['“三变改革”', '三变改革'], '资源变资产、资金变股金、农民变股东。'),
  term('nong-cun-san-bian', '农村“三变”改革', ['农村三变改革'], '在农村推进的“三变”改革。'),
];

export const byId = new Map(TERMS.map((t) => [t.id, t]));
