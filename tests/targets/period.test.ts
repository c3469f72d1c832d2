import { describe, expect, test } from 'vitest';
import { readPeriod } from '../../src/lib/targets/period.ts';

const workReport2022 = { kind: '政府工作报告', year: 2022 };
const supervision2022 = { kind: '督查报告', year: 2022, period: '2022年1—9月' };

describe('periods of printed figures', () => {
  test('reads each month range of the supervision report as a part year', () => {
    for (const [text, months] of [
      ['1-9月，地区生产总值增长2.6%', [1, 9]],
      ['1-8月，进出口总额增长7.59%', [1, 8]],
      ['1-6月，全体居民人均可支配收入增长2.8%', [1, 6]],
    ] as const) {
      expect(readPeriod(text, null, supervision2022, 'result')).toMatchObject({
        kind: 'part-year',
        year: 2022,
        months,
        label: text.slice(0, 4),
      });
    }
  });

  test('reads 截至9月30日 and 前三季度 as January to September', () => {
    expect(readPeriod('截至9月30日，安装率19.05%', null, supervision2022, 'result')).toMatchObject({
      months: [1, 9],
      label: '截至9月30日',
    });
    expect(readPeriod('前三季度技术交易合同登记约4.3亿元', null, supervision2022, 'result')).toMatchObject({
      months: [1, 9],
    });
  });

  test("falls back to the supervision report's own period, saying it was not printed", () => {
    expect(readPeriod('预计能够完成年度目标任务。', null, supervision2022, 'result')).toMatchObject({
      kind: 'part-year',
      months: [1, 9],
      printed: null,
      label: '未注明（报告期1-9月）',
    });
  });

  test('reads 预计2021年 as an estimate for the full year', () => {
    expect(readPeriod('规上工业增加值增长13.5%', '预计2021年', workReport2022, 'result')).toMatchObject({
      kind: 'year',
      year: 2021,
      estimate: true,
      label: '预计全年',
    });
  });

  test('does not read 预计能够完成 as an estimate of a figure', () => {
    expect(readPeriod('预计能够完成年度目标任务。', null, supervision2022, 'result').estimate).toBe(false);
  });

  test("dates a work report's targets to its year and its unmarked results to the year before", () => {
    expect(readPeriod('地区生产总值增长5.5%左右', '今年', workReport2022, 'target')).toMatchObject({
      kind: 'year',
      year: 2022,
    });
    expect(readPeriod('新增就业3.5万人', null, workReport2022, 'result')).toMatchObject({
      kind: 'year',
      year: 2021,
      printed: null,
    });
  });

  test('reads five-year periods, absolute and relative to the report', () => {
    expect(readPeriod('研发投入占比达 4%', '“十四五”', { kind: '政府工作报告', year: 2021 }, 'target')).toMatchObject({
      kind: 'multi-year',
      fromYear: 2021,
      year: 2025,
    });
    expect(readPeriod('固定资产投资年均增长4.9%', '过去五年', workReport2022, 'result')).toMatchObject({
      kind: 'multi-year',
      fromYear: 2017,
      year: 2021,
    });
    expect(readPeriod('全区GDP突破1400亿元', '今后五年', workReport2022, 'target')).toMatchObject({
      fromYear: 2022,
      year: 2026,
    });
    expect(
      readPeriod('地区生产总值 1013.9 亿元', '“十三五”期末', { kind: '政府工作报告', year: 2021 }, 'result'),
    ).toMatchObject({ kind: 'year', year: 2020 });
  });

  test('reads 到2025年4月 as a milestone', () => {
    expect(
      readPeriod('进出口总额突破 1000 亿元', '到 2025 年 4 月', { kind: '政府工作报告', year: 2025 }, 'target'),
    ).toMatchObject({ kind: 'milestone', year: 2025, months: [1, 4] });
  });
});
