import { describe, expect, test } from 'vitest';
import { readObservation, type IndicatorShape } from '../../src/lib/targets/observation.ts';
import { ABOUT_TOLERANCE, statusOf } from '../../src/lib/targets/status.ts';

const growth: IndicatorShape = {
  unit: '%',
  measure: 'growth',
  labels: {
    地区生产总值: 'gdp',
    工业增加值: 'all',
    规上工业增加值: 'above-size',
    进出口总额: 'trade',
    居民收入: 'income',
    空气质量: 'air',
  },
};
const days: IndicatorShape = { unit: '天', measure: 'level', labels: { 优良天数: 'air-days' } };
const wr = (year: number) => ({ kind: '政府工作报告', year });
const sv = { kind: '督查报告', year: 2022, period: '2022年1—9月' };

const target = (text: string, year = 2022, shape = growth) =>
  readObservation({ type: 'target', text, context: ['今年'] }, shape, wr(year));
const result = (
  text: string,
  doc: { kind: string; year: number; period?: string } = wr(2023),
  shape = growth,
  context: string[] = [],
) => readObservation({ type: 'result', text, context }, shape, doc);
const judge = (t: ReturnType<typeof target>, rs: ReturnType<typeof result>[], shape = growth) =>
  statusOf(t, rs, shape.unit, 'up');

describe('status rules', () => {
  test('rule 1: a target without any result cannot be compared, and says no result was published', () => {
    expect(judge(target('地区生产总值增长6%'), [])).toMatchObject({
      status: '无法比较',
      rule: 1,
      reason: '未公布结果',
    });
  });

  test('rule 2: a partial-year result is in progress and names its period (1-9月, 1-8月, 1-6月, unstated)', () => {
    for (const [text, label] of [
      ['1-9月，地区生产总值增长2.6%', '1-9月'],
      ['1-8月，地区生产总值增长7.59%', '1-8月'],
      ['1-6月，地区生产总值增长2.8%', '1-6月'],
    ]) {
      const s = judge(target('地区生产总值增长5.5%左右'), [result(text, sv)]);
      expect(s).toMatchObject({ status: '进行中', rule: 2 });
      expect(s.reason).toContain(label);
    }
    const unstated = judge(target('空气质量完成年度目标任务'), [result('预计能够完成年度目标任务。', sv)]);
    expect(unstated).toMatchObject({ status: '进行中', rule: 2 });
    expect(unstated.reason).toContain('未注明');
  });

  test('rule 2 also covers a year inside a five-year goal', () => {
    const goal = readObservation({ type: 'target', text: '优良天数达321天', context: ['今后五年'] }, days, wr(2022));
    const s = statusOf(goal, [result('优良天数达 317 天', wr(2025), days)], '天', 'up');
    expect(s).toMatchObject({ status: '进行中', rule: 2 });
    expect(s.reason).toBe('仅有2024年数据，今后五年（2022—2026年）的结果未公布');
  });

  test('rule 3: worded targets (完成年度目标任务, 基本同步) cannot be compared with a full-year result', () => {
    expect(judge(target('空气质量完成年度目标任务'), [result('地区生产总值增长7%')])).toMatchObject({
      status: '无法比较',
      rule: 3,
    });
    expect(judge(target('居民收入增长与经济增长基本同步'), [result('居民收入增长7.5%')])).toMatchObject({
      status: '无法比较',
      rule: 3,
      reason: '相对目标，未规定容差',
    });
  });

  test('rule 4: a target and a result under different definitions are not compared', () => {
    const s = judge(target('工业增加值增长8%', 2021), [result('规上工业增加值增长13.5%', wr(2022))]);
    expect(s).toMatchObject({ status: '无法比较', rule: 4 });
    expect(s.reason).toContain('规上工业增加值');
  });

  test('rule 5: a bare figure and 以上 are floors', () => {
    expect(judge(target('地区生产总值增长6%'), [result('地区生产总值增长6%')]).status).toBe('达成');
    expect(judge(target('地区生产总值增长6%以上'), [result('地区生产总值增长5.9%')]).status).toBe('未达成');
  });

  test('rule 5: 突破 needs more than the figure', () => {
    const t = readObservation({ type: 'target', text: '优良天数突破300天', context: ['今年'] }, days, wr(2022));
    expect(statusOf(t, [result('优良天数达300天', wr(2023), days)], '天', 'up').status).toBe('未达成');
    expect(statusOf(t, [result('优良天数达301天', wr(2023), days)], '天', 'up').status).toBe('达成');
  });

  test(`rule 5: 左右 allows ${ABOUT_TOLERANCE.percentagePoints} percentage points below the figure`, () => {
    expect(judge(target('地区生产总值增长5.5%左右'), [result('地区生产总值增长5%')]).status).toBe('达成');
    expect(judge(target('地区生产总值增长5.5%左右'), [result('地区生产总值增长4.9%')]).status).toBe('未达成');
  });

  test('rule 5: 保持正增长 is met by any growth above zero and missed by zero', () => {
    expect(judge(target('进出口总额保持正增长'), [result('进出口总额增长0.1%')]).status).toBe('达成');
    expect(judge(target('进出口总额保持正增长'), [result('进出口总额增长0%')]).status).toBe('未达成');
  });

  test('rule 5: a 预计 result gives a status flagged as an estimate', () => {
    const s = judge(target('地区生产总值增长6%以上', 2021), [
      result('预计2021年地区生产总值达1040亿元、增长7.5%左右', wr(2022)),
    ]);
    expect(s).toMatchObject({ status: '达成', estimate: true });
  });

  test('prefers a full-year result to a partial one, and a final figure to an estimate', () => {
    const partial = result('1-9月，地区生产总值增长2.6%', sv);
    const estimate = result('地区生产总值增长5%', wr(2023), growth, ['预计2022年']);
    const final = result('地区生产总值增长4%', wr(2023), growth, ['2022年']);
    expect(judge(target('地区生产总值增长5.5%左右'), [partial, estimate, final])).toMatchObject({
      result: 2,
      status: '未达成',
      estimate: false,
    });
    expect(judge(target('地区生产总值增长5.5%左右'), [partial, estimate])).toMatchObject({
      result: 1,
      status: '达成',
      estimate: true,
    });
  });
});
