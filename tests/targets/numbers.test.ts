import { describe, expect, test } from 'vitest';
import { figuresIn } from '../../src/lib/targets/numbers.ts';
import { convert, sameBase } from '../../src/lib/targets/units.ts';

const first = (text: string) => figuresIn(text)[0];

describe('reading figures from printed text', () => {
  test('reads a growth rate with its verb and no qualifier', () => {
    expect(first('地区生产总值增长5.5%')).toMatchObject({
      value: 5.5,
      unit: '%',
      verb: '增长',
      bound: 'exact',
      change: true,
    });
  });

  test('reads each printed qualifier as a bound', () => {
    expect(first('增长5.5%左右')).toMatchObject({ bound: 'about', qualifier: '左右' });
    expect(first('增长6%以上')).toMatchObject({ bound: 'at-least', qualifier: '以上' });
    expect(first('全区GDP突破1400亿元')).toMatchObject({
      bound: 'more-than',
      qualifier: '突破',
      value: 1400,
      unit: '亿元',
    });
    expect(first('全社会研发投入超 20 亿元')).toMatchObject({ bound: 'more-than', qualifier: '超' });
    expect(first('森林火灾受害率控制在0.3‰以内')).toMatchObject({ bound: 'at-most', value: 0.3, unit: '‰' });
    expect(first('交付近 20 万辆')).toMatchObject({ bound: 'just-under', value: 20, unit: '万辆' });
  });

  test('ignores numbers in units it does not know rather than guess', () => {
    expect(figuresIn('救助困难群众 6700 余人次')).toEqual([]);
  });

  test('reads spaced numbers and a spaced percent sign', () => {
    expect(first('地区生产总值增长 3.0%')).toMatchObject({ value: 3, printed: '增长 3.0%' });
    expect(first('工业增加值增长3 %')).toMatchObject({ value: 3, unit: '%', printed: '增长3 %' });
  });

  test('reads an ASCII hyphen after a verb as a minus sign, not as a month range', () => {
    const figures = figuresIn('1-9月，一般公共预算收入增长-6.8%（扣除留抵退税因素后增长-3.6%，主城区第3名）。');
    expect(figures.map((f) => f.value)).toEqual([-6.8, -3.6]);
  });

  test('reads a fall printed as a positive number after 下降 as negative', () => {
    expect(first('生产安全事故死亡人数下降11.8%')).toMatchObject({ value: -11.8, change: true });
  });

  test('skips ranks and year ranges', () => {
    expect(figuresIn('（主城区第4名）')).toEqual([]);
    expect(figuresIn('2025—2027年')).toEqual([]);
  });

  test('converts between units of one base and refuses different bases', () => {
    expect(convert(1972, '平方米', '万平方米')).toBe(0.1972);
    expect(convert(60.14, '万㎡', '万平方米')).toBe(60.14);
    expect(convert(1.3, '万亿元', '亿元')).toBe(13000);
    expect(sameBase('班', '列')).toBe(false);
    expect(() => convert(1, '户', '栋')).toThrow(/不能换算/);
  });
});
