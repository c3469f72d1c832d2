/** The fidelity measure on small inputs. */
import { describe, expect, test } from 'vitest';
import { contentChars, lcsIn, measureFidelity, worstLines } from '../../src/importer/fidelity/fidelity.ts';

const A = '2024 年，是新中国成立 75 周年，也是重庆发展史上具有里程碑意义的一年。';
const B = '一年来，我们坚持以习近平新时代中国特色社会主义思想为指导。';
const C = '全区地区生产总值增长 6.5%，规上工业增加值增长 10%。';
const body = (...parts: string[]) => [{ fields: '', body: parts.join('\n\n') }];
const shares = (report: ReturnType<typeof measureFidelity>) => report.lines.map((l) => l.found / l.total);

describe('fidelity', () => {
  test('counts only Chinese characters, digits and Latin letters', () => {
    expect(contentChars('**PM_{2.5}** 年均浓度 35 微克/立方米，Ⅳ类。')).toBe('PM25年均浓度35微克立方米类');
  });

  test('scores a faithful import 100%, whatever happened to spaces, punctuation and markup', () => {
    const report = measureFidelity([A, '', B, C], body(A.replace(/ /g, ''), `**${B}**`, C.replace('，', '\\，')));
    expect(report.share).toBe(1);
    expect(report.lines.map((l) => l.line)).toEqual([1, 3, 4]);
  });

  test('a removed debris line lowers the score of that line only', () => {
    const report = measureFidelity([A, '- 11 -', B, C], body(A, B, C));
    expect(shares(report)).toEqual([1, 0, 1, 1]);
    expect(report.total - report.found).toBe(2);
  });

  test('detects reordered text', () => {
    const report = measureFidelity([A, B, C], body(A, C, B));
    expect(report.share).toBeLessThan(1);
    expect(shares(report).filter((s) => s < 1).length).toBeGreaterThan(0);
  });

  test('detects a changed digit', () => {
    const report = measureFidelity([A, C], body(A, C.replace('6.5%', '6.6%')));
    expect(report.lines[1].total - report.lines[1].found).toBe(1);
  });

  test('counts less than half a line in common as chance, not as found', () => {
    const report = measureFidelity(['重庆市沙坪坝区人民政府公报 2020 年第 2 期', B], body(B));
    expect(report.lines.map((l) => l.found)).toEqual([0, report.lines[1].total]);
  });

  test('does not count Word bookmarks or HTML tags as content', () => {
    const report = measureFidelity(
      ['[bookmark: _Toc123]第一节 总则', '企业申报意见\t<p>重点填写。</p>'],
      body('第一节 总则', '企业申报意见 重点填写。'),
    );
    expect(report.share).toBe(1);
    expect(report.total).toBe(contentChars('第一节总则企业申报意见重点填写').length);
  });

  test('detects a dropped word inside a line', () => {
    const report = measureFidelity([B], body(B.replace('习近平新时代', '')));
    expect(report.lines[0].total - report.lines[0].found).toBe(6);
  });

  test('finds frontmatter values in any order, but the body must follow the source', () => {
    const segments = [
      { fields: '沙府发〔2025〕8号\n重庆市沙坪坝区人民政府关于印发《工作要点》的通知', body: B },
      { fields: '', body: C },
    ];
    const report = measureFidelity(
      ['重庆市沙坪坝区人民政府', '关于印发《工作要点》的通知', '沙府发〔2025〕8 号', B, C],
      segments,
    );
    expect(report.share).toBe(1);
  });

  test('does not let a long frontmatter push the next body out of reach of a short line', () => {
    const segments = [
      { fields: '', body: A },
      { fields: 'glossary '.repeat(300), body: `各位代表：\n\n${B}` },
    ];
    expect(measureFidelity([A, '各位代表：', B], segments).share).toBe(1);
  });

  test('lists the worst lines first, the most characters missing first among equals', () => {
    const report = measureFidelity([A, '- 11 -', B, C], body(A, B.slice(0, 24), C.replace('10%', '11%')));
    expect(worstLines(report, 3).map((l) => l.line)).toEqual([2, 3, 4]);
    expect(worstLines(measureFidelity([A], body(A)))).toEqual([]);
  });

  test('aligns a subsequence and reports where it ends', () => {
    expect(lcsIn('abc', 'xaxbxcxx')).toEqual({ length: 3, end: 6 });
    expect(lcsIn('abc', 'zzz')).toEqual({ length: 0, end: 0 });
  });
});

describe('moved blocks', () => {
  const source = ['（二）第二项的内容在导出中排在前面。', '（一）第一项的内容在导出中排在后面。'];
  const content = [{ fields: '', body: '（一）第一项的内容在导出中排在后面。（二）第二项的内容在导出中排在前面。' }];

  test('counts a block moved back into order only when a reorder repair was recorded', () => {
    const strict = measureFidelity(source, content);
    expect(strict.share).toBeLessThan(1);
    const allowed = measureFidelity(source, content, { allowMoved: true });
    expect(allowed.share).toBe(1);
    expect(allowed.moved).toBeGreaterThan(0);
    expect(allowed.lines.filter((l) => l.moved)).toHaveLength(1);
  });

  test('still misses a line whose words were changed, even with moves allowed', () => {
    const changed = [{ fields: '', body: '（一）第一项的内容在导出中排在后面。（二）第二项的内容在导出中排在最前。' }];
    expect(measureFidelity(source, changed, { allowMoved: true }).share).toBeLessThan(1);
  });
});
