import { describe, expect, test } from 'vitest';
import { formatMessage } from '../../src/content-check/index.ts';
import { checkEdited, checkWith, mdx, messageFor } from './fixture.ts';

const N2025_PATH = 'notices/sfzf-2025-008.mdx';

describe('schema failures name the file, the line, the field and what was expected', () => {
  test('a 文号 without its year in brackets', () => {
    const result = checkEdited('notices/sfzf-2020-075.mdx', 'wenhao: 沙府发〔2020〕75号', 'wenhao: 沙府发75号');
    const message = messageFor(result.errors, 'notices/sfzf-2020-075.mdx', 'wenhao');
    expect(message.line).toBe(3);
    expect(message.message).toContain('“沙府发75号”不是有效的文号');
    expect(message.message).toContain('例如 沙府发〔2025〕8号');
    expect(formatMessage(message)).toMatch(/^content\/notices\/sfzf-2020-075\.mdx:3 wenhao: /);
  });

  test('a date that does not exist: 2025-02-30', () => {
    const result = checkEdited('notices/sfzf-2025-008.mdx', "signedDate: '2025-03-05'", "signedDate: '2025-02-30'");
    const message = messageFor(result.errors, 'notices/sfzf-2025-008.mdx', 'signedDate');
    expect(message.line).toBe(6);
    expect(message.message).toContain('不是存在的日期');
    expect(message.message).toContain('2025-02-30');
  });

  test('an unquoted impossible date is not rolled over to March', () => {
    const result = checkEdited('notices/sfzf-2025-008.mdx', "signedDate: '2025-03-05'", 'signedDate: 2025-02-30');
    expect(messageFor(result.errors, 'notices/sfzf-2025-008.mdx', 'signedDate').message).toContain('不是存在的日期');
  });

  test('a date written with slashes: 2025/03/05', () => {
    const result = checkEdited(
      'notices/sfzf-2025-008.mdx',
      "publishedDate: '2025-12-31'",
      "publishedDate: '2025/03/05'",
    );
    const message = messageFor(result.errors, 'notices/sfzf-2025-008.mdx', 'publishedDate');
    expect(message.line).toBe(7);
    expect(message.message).toContain('格式 YYYY-MM-DD，例如 2025-03-05');
    expect(message.message).toContain('现为 “2025/03/05”');
  });

  test('a 文种 outside the list', () => {
    const result = checkEdited('notices/sfzf-2020-075.mdx', 'docType: 通告', 'docType: 告示');
    const message = messageFor(result.errors, 'notices/sfzf-2020-075.mdx', 'docType');
    expect(message.message).toMatch(/^文种应为以下之一：通知、通告、公告/);
    expect(message.message).toContain('现为 “告示”');
  });

  test('a missing required field has no line but names the field and its type', () => {
    const result = checkEdited('notices/sfzf-2020-075.mdx', 'docType: 通告\n', '');
    const message = messageFor(result.errors, 'notices/sfzf-2020-075.mdx', 'docType');
    expect(message.line).toBeUndefined();
    expect(message.message).toContain('文种应为以下之一');
    const report = checkEdited('reports/work-report-2025.mdx', 'year: 2025\n', '');
    expect(messageFor(report.errors, 'reports/work-report-2025.mdx', 'year').message).toBe('缺少必填字段（应为数字）');
  });

  test('a page number written as text, in a nested field, points at the list item', () => {
    const result = checkEdited('gazettes/2025-01.mdx', 'page: 36', "page: '36'");
    const message = messageFor(result.errors, 'gazettes/2025-01.mdx', 'contents[1].page');
    expect(message.line).toBe(13);
    expect(message.message).toBe('应为数字，实际是“36”');
  });

  test('a contents line pointing to both a report and a notice', () => {
    const result = checkEdited(
      'gazettes/2025-01.mdx',
      'report: work-report-2025',
      'report: work-report-2025\n    notice: sfzf-2025-008',
    );
    const message = messageFor(result.errors, 'gazettes/2025-01.mdx', 'contents[0]');
    expect(message.line).toBe(8);
    expect(message.message).toContain('须且只能指向一个文件');
  });

  test('a glossary term without definitions', () => {
    const result = checkWith({ 'glossary/shi-xiang-xing-dong.mdx': mdx('term: 十项行动\ndefinitions: []') });
    expect(messageFor(result.errors, 'glossary/shi-xiang-xing-dong.mdx', 'definitions').message).toBe(
      '每个名词至少要有一条释义',
    );
  });

  test('an indicator with an unknown direction, in a YAML data file', () => {
    const result = checkEdited('indicators/gdp-growth.yaml', 'goodDirection: up', 'goodDirection: higher');
    const message = messageFor(result.errors, 'indicators/gdp-growth.yaml', 'goodDirection');
    expect(message.line).toBe(4);
    expect(message.message).toBe('应为以下之一：up、down（现为 “higher”）');
  });

  test('a misspelt field name is a warning that suggests the right one', () => {
    const result = checkEdited('notices/sfzf-2020-075.mdx', "printedDate: '2020-12-02'", "printDate: '2020-12-02'");
    expect(result.errors).toEqual([]);
    const warning = messageFor(result.warnings, 'notices/sfzf-2020-075.mdx', 'printDate');
    expect(warning.line).toBe(7);
    expect(warning.message).toBe('未知字段，网站会忽略它；是否想写 printedDate？');
  });
  test('a misspelt field inside a list item is found too, with its line', () => {
    const result = checkEdited('gazettes/2025-01.mdx', 'page: 36', 'pgae: 36');
    const warning = messageFor(result.warnings, 'gazettes/2025-01.mdx', 'contents[1].pgae');
    expect(warning.line).toBe(13);
    expect(warning.message).toBe('未知字段，网站会忽略它；是否想写 page？');
  });

  test('a fractional page number asks for a whole number', () => {
    const result = checkEdited(N2025_PATH, 'gazettePage: 36', 'gazettePage: 36.5');
    expect(messageFor(result.errors, N2025_PATH, 'gazettePage').message).toBe('应为整数，实际是数字 36.5');
  });
});

describe('files the loader cannot read', () => {
  test('broken YAML names the line and the cause', () => {
    const result = checkEdited('notices/sfzf-2020-075.mdx', 'docType: 通告', 'docType: 通告\ndocType: 公告');
    const [message] = result.errors;
    expect(result.errors).toHaveLength(1);
    expect(message.file).toBe('content/notices/sfzf-2020-075.mdx');
    expect(message.line).toBe(5);
    expect(message.message).toContain('YAML 格式错误：同一字段写了两次');
  });

  test('an unclosed quote is reported on the line where the quote opens, not where the frontmatter ends', () => {
    // The gazette's name is on line 2; 12 more lines of frontmatter follow it.
    const result = checkEdited(
      'gazettes/2025-01.mdx',
      'name: 重庆市沙坪坝区人民政府公报',
      'name: "重庆市沙坪坝区人民政府公报',
    );
    const errors = result.errors.filter((m) => m.file === 'content/gazettes/2025-01.mdx');
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(2);
    expect(errors[0].message).toMatch(/^YAML 格式错误：引号没有闭合：此行的 " 没有对应的结束引号/);
  });

  test('an unclosed single quote in a list item and an unclosed [ are reported where they open', () => {
    const quote = checkEdited(
      'gazettes/2025-01.mdx',
      '  - title: 重庆市沙坪坝区人民政府工作报告',
      "  - title: '重庆市沙坪坝区人民政府工作报告",
    );
    expect(quote.errors.filter((m) => m.file === 'content/gazettes/2025-01.mdx').map((m) => m.line)).toEqual([8]);
    const bracket = checkEdited('glossary/fang-guan-fu.mdx', 'variants: [放管服]', 'variants: [放管服');
    expect(bracket.errors.filter((m) => m.file === 'content/glossary/fang-guan-fu.mdx').map((m) => m.line)).toEqual([
      3,
    ]);
  });

  test('an MDX file without frontmatter', () => {
    const result = checkWith({ 'notices/sfzf-2025-099.mdx': '正文，没有 frontmatter。\n' });
    expect(messageFor(result.errors, 'notices/sfzf-2025-099.mdx', '').message).toContain('缺少 frontmatter');
  });

  test('invalid JSON in a data file', () => {
    const result = checkWith({ 'indicators/population.json': '{ "name": "常住人口", }' });
    expect(messageFor(result.errors, 'indicators/population.json', '').message).toMatch(/^JSON 格式错误/);
  });

  test('a file the site would not read is a warning', () => {
    const result = checkWith({ 'notices/draft.md': mdx('title: 草稿') });
    expect(result.errors).toEqual([]);
    expect(messageFor(result.warnings, 'notices/draft.md', '').message).toBe(
      '网站不会读取此文件：notices 集合只读取 .mdx 文件',
    );
  });
});
