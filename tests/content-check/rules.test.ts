import { describe, expect, test } from 'vitest';
import { checkEdited, checkWith, mdx, messageFor, validFiles } from './fixture.ts';

const N2025 = 'notices/sfzf-2025-008.mdx';
const N2020 = 'notices/sfzf-2020-075.mdx';
const N2019 = 'notices/sfzf-2019-018.mdx';

describe('文号', () => {
  test('a 文号 used twice (with and without the space before 号) is named in both files', () => {
    const copy = validFiles()[N2025].replace('wenhao: 沙府发〔2025〕8 号', 'wenhao: 沙府发〔2025〕8号');
    const result = checkWith({ 'notices/sfzf-2025-008-2.mdx': copy });
    const first = messageFor(result.errors, N2025, 'wenhao');
    expect(first.line).toBe(3);
    expect(first.message).toBe(
      '文号“沙府发〔2025〕8号”与 content/notices/sfzf-2025-008-2.mdx 重复：每个文号只能属于一个文件（文号按规范写法比较，空格和括号样式不算区别）',
    );
    expect(messageFor(result.errors, 'notices/sfzf-2025-008-2.mdx', 'wenhao').message).toContain(
      `与 content/${N2025} 重复`,
    );
  });

  test('the printed 文号 and the normalised one must be the same number', () => {
    const result = checkEdited(N2025, 'wenhaoPrinted: 沙府发〔2025〕8 号', 'wenhaoPrinted: 沙府发〔2025〕9 号');
    const message = messageFor(result.errors, N2025, 'wenhaoPrinted');
    expect(message.line).toBe(4);
    expect(message.message).toContain('与 wenhao“沙府发〔2025〕8号”不一致');
  });

  test("a notice's file name must be the slug of its 文号", () => {
    const result = checkEdited(N2020, 'wenhao: 沙府发〔2020〕75号', 'wenhao: 沙府发〔2020〕76号');
    const message = messageFor(result.errors, N2020, 'wenhao');
    expect(message.line).toBe(3);
    expect(message.message).toBe(
      '文号“沙府发〔2020〕76号”对应的网址 slug 应为“sfzf-2020-076”，但本文件的 slug 是“sfzf-2020-075”：请把文件命名为 sfzf-2020-076.mdx（或核对文号）',
    );
  });
});

describe('slugs', () => {
  test('two glossary files whose names give the same slug', () => {
    const other = mdx(`
term: 放管服改革
definitions:
  - report: work-report-2025
    year: 2025
    number: 1
    text: 另一条释义。`);
    const result = checkWith({ 'glossary/Fang-Guan-Fu.mdx': other });
    const message = messageFor(result.errors, 'glossary/Fang-Guan-Fu.mdx', '文件名');
    expect(message.message).toContain('网址 slug“fang-guan-fu”与 content/glossary/fang-guan-fu.mdx 重复');
    expect(message.message).toContain('glossary 中每个条目的 slug 必须唯一');
    expect(messageFor(result.errors, 'glossary/fang-guan-fu.mdx', '文件名').message).toContain(
      '与 content/glossary/Fang-Guan-Fu.mdx 重复',
    );
  });

  test('a frontmatter slug that repeats another entry', () => {
    const copy = validFiles()['glossary/shi-xiang-xing-dong.mdx'].replace(
      'term: 十项行动',
      'slug: fang-guan-fu\nterm: 十项行动',
    );
    const result = checkWith({ 'glossary/shi-xiang-xing-dong.mdx': copy });
    const message = messageFor(result.errors, 'glossary/shi-xiang-xing-dong.mdx', 'slug');
    expect(message.line).toBe(2);
    expect(message.message).toContain('网址 slug“fang-guan-fu”与 content/glossary/fang-guan-fu.mdx 重复');
  });

  test('the same term in two glossary entries, once with quotes', () => {
    const copy = validFiles()['glossary/fang-guan-fu.mdx'].replace('term: “放管服”', 'term: 放管服');
    const result = checkWith({ 'glossary/fang-guan-fu-2.mdx': copy });
    const message = messageFor(result.errors, 'glossary/fang-guan-fu-2.mdx', 'term');
    expect(message.line).toBe(2);
    expect(message.message).toContain('名词“放管服”与 content/glossary/fang-guan-fu.mdx 的““放管服””是同一个名词');
  });

  test('a glossary file not named after the pinyin of its term is a warning', () => {
    const copy = validFiles()['glossary/shi-xiang-xing-dong.mdx'];
    const result = checkWith({ 'glossary/shi-xiang-xing-dong.mdx': null, 'glossary/sxxd.mdx': copy });
    expect(messageFor(result.warnings, 'glossary/sxxd.mdx', 'term').message).toContain(
      '应命名为 shi-xiang-xing-dong.mdx',
    );
  });
});

describe('references', () => {
  test('an unknown gazette issue', () => {
    const result = checkEdited(N2025, 'gazette: 2025-01', 'gazette: 2025-02');
    const message = messageFor(result.errors, N2025, 'gazette');
    expect(message.line).toBe(8);
    expect(message.message).toBe(
      '找不到 gazettes 中 id 为“2025-02”的条目（应为 content/gazettes/ 下某个文件的 id，即不含扩展名的文件名）',
    );
  });

  test('a contents line pointing to a notice that is not on the site', () => {
    const result = checkEdited('gazettes/2025-01.mdx', 'notice: sfzf-2025-008', 'notice: sfzf-2025-080');
    const message = messageFor(result.errors, 'gazettes/2025-01.mdx', 'contents[1].notice');
    expect(message.line).toBe(14);
    expect(message.message).toContain('找不到 notices 中 id 为“sfzf-2025-080”的条目');
  });

  test('a reference to an entry of the wrong collection says which collection it is in', () => {
    const result = checkEdited(
      'reports/work-report-2025.mdx',
      '  - shi-xiang-xing-dong',
      '  - shi-xiang-xing-dong\n  - sfzf-2025-008',
    );
    const message = messageFor(result.errors, 'reports/work-report-2025.mdx', 'glossary[2]');
    expect(message.line).toBe(11);
    expect(message.message).toBe(
      '找不到 glossary 中 id 为“sfzf-2025-008”的条目；“sfzf-2025-008”是 notices 中的条目，此处应指向 glossary 中的条目',
    );
  });

  test('related terms, definitions and indicator sources are references too', () => {
    const result = checkWith({
      'glossary/fang-guan-fu.mdx': validFiles()['glossary/fang-guan-fu.mdx'].replace(
        'related: [shi-xiang-xing-dong]',
        'related: [liang-jiang-si-an]',
      ),
      'indicators/gdp-growth.yaml': validFiles()['indicators/gdp-growth.yaml'].replace(
        'report: work-report-2025',
        'report: work-report-2024',
      ),
      'glossary/shi-xiang-xing-dong.mdx': validFiles()['glossary/shi-xiang-xing-dong.mdx'].replace(
        'report: work-report-2025',
        'report: work-report-2052',
      ),
    });
    expect(messageFor(result.errors, 'glossary/fang-guan-fu.mdx', 'related[0]').message).toContain(
      '找不到 glossary 中 id 为“liang-jiang-si-an”',
    );
    expect(messageFor(result.errors, 'indicators/gdp-growth.yaml', 'observations[0].source.report').line).toBe(12);
    expect(messageFor(result.errors, 'glossary/shi-xiang-xing-dong.mdx', 'definitions[0].report').message).toContain(
      '“work-report-2052”',
    );
  });

  test('a document cannot be its own parent', () => {
    const result = checkEdited(N2025, 'gazettePage: 36', 'gazettePage: 36\nparent: sfzf-2025-008');
    expect(messageFor(result.errors, N2025, 'parent').message).toBe('不能引用条目自身（“sfzf-2025-008”就是本文件）');
  });
});

describe('dates', () => {
  test('signed after published', () => {
    const result = checkEdited(N2025, "signedDate: '2025-03-05'", "signedDate: '2026-01-05'");
    const message = messageFor(result.errors, N2025, 'signedDate');
    expect(message.line).toBe(6);
    expect(message.message).toBe(
      '成文日期 2026-01-05 晚于发布日期（publishedDate）2025-12-31：成文日期应不晚于发布日期，请核对两个日期',
    );
  });

  test('signed after printed (印发)', () => {
    const result = checkEdited(N2020, "printedDate: '2020-12-02'", "printedDate: '2020-12-01'");
    expect(messageFor(result.errors, N2020, 'signedDate').message).toContain('晚于印发日期（printedDate）2020-12-01');
  });
});

describe('repeal and amendment', () => {
  test('a document marked 已废止 without repealedBy', () => {
    const result = checkWith({
      'notices/sfzf-2018-001.mdx': mdx(
        'title: 重庆市沙坪坝区人民政府关于某事的通知\nwenhao: 沙府发〔2018〕1号\ndocType: 通知\nvalidity: 已废止',
      ),
    });
    const message = messageFor(result.errors, 'notices/sfzf-2018-001.mdx', 'validity');
    expect(message.line).toBe(5);
    expect(message.message).toContain('有效性为“已废止”，但 repealedBy 为空：应在 repealedBy 中写明废止它的文件');
  });

  test('a repeal stated only by the repealed document', () => {
    const result = checkEdited(N2020, '    document: sfzf-2019-018', '');
    const message = messageFor(result.errors, N2020, 'repeals');
    expect(message.line).toBe(8);
    expect(message.message).toContain(
      `content/${N2019} 的 repealedBy（被废止）列出了本文件，但本文件的 repeals 中没有指向“sfzf-2019-018”`,
    );
    expect(message.message).toContain('请在 repeals 中加入 document: sfzf-2019-018');
    expect(messageFor(result.warnings, N2020, 'repeals[0].wenhao').message).toContain(
      '请同时写 document: sfzf-2019-018',
    );
  });

  test('a repeal stated only by the repealing document', () => {
    const result = checkEdited(N2019, '    document: sfzf-2020-075', '');
    const message = messageFor(result.errors, N2019, 'repealedBy');
    expect(message.message).toContain(
      `content/${N2020} 的 repeals（废止）列出了本文件，但本文件的 repealedBy 中没有指向“sfzf-2020-075”`,
    );
  });

  test('a related 文号 that contradicts the linked document', () => {
    const result = checkEdited(N2020, '  - wenhao: 沙府发〔2019〕18号', '  - wenhao: 沙府发〔2019〕19号');
    const message = messageFor(result.errors, N2020, 'repeals[0].wenhao');
    expect(message.line).toBe(9);
    expect(message.message).toBe(
      `文号“沙府发〔2019〕19号”与所指条目 content/${N2019} 的文号“沙府发〔2019〕18号”不一致：应为同一文件`,
    );
  });

  test('a document still marked 有效 although something repealed it is a warning', () => {
    const result = checkEdited(N2019, 'validity: 已废止', 'validity: 有效');
    expect(result.errors).toEqual([]);
    expect(messageFor(result.warnings, N2019, 'validity').message).toContain('是否应为“已废止”');
  });
});

describe('glossary and reports agree', () => {
  test('a term defined by a report that does not list it', () => {
    const result = checkEdited('reports/work-report-2025.mdx', '  - shi-xiang-xing-dong', '');
    const message = messageFor(result.errors, 'glossary/shi-xiang-xing-dong.mdx', 'definitions[0].report');
    expect(message.line).toBe(4);
    expect(message.message).toContain(
      '报告 content/reports/work-report-2025.mdx 的 glossary 列表中没有本名词“shi-xiang-xing-dong”',
    );
  });

  test('a report listing a term that has no definition from it', () => {
    const result = checkWith({
      'reports/work-report-2021.mdx': mdx(
        'title: 重庆市沙坪坝区人民政府工作报告\nkind: 政府工作报告\nyear: 2021\nglossary: [liang-jiang-si-an]',
      ),
      'glossary/liang-jiang-si-an.mdx': mdx(
        'term: 两江四岸\ndefinitions:\n  - report: work-report-2021\n    year: 2021\n    number: 3\n    text: 释义。',
      ),
      'reports/work-report-2025.mdx': validFiles()['reports/work-report-2025.mdx'].replace(
        '  - shi-xiang-xing-dong',
        '  - shi-xiang-xing-dong\n  - liang-jiang-si-an',
      ),
    });
    const message = messageFor(result.errors, 'reports/work-report-2025.mdx', 'glossary[2]');
    expect(message.message).toContain(
      '名词“两江四岸”（content/glossary/liang-jiang-si-an.mdx）的 definitions 中没有来自本报告的释义',
    );
  });

  test('a glossary list out of printed order is a warning', () => {
    const result = checkEdited(
      'reports/work-report-2025.mdx',
      '  - fang-guan-fu\n  - shi-xiang-xing-dong',
      '  - shi-xiang-xing-dong\n  - fang-guan-fu',
    );
    expect(result.errors).toEqual([]);
    expect(messageFor(result.warnings, 'reports/work-report-2025.mdx', 'glossary[1]').message).toContain(
      '编号 1 小于前一项的 2',
    );
  });
});

describe('gazette contents', () => {
  test('a contents line pointing to a document printed elsewhere is a warning', () => {
    const result = checkEdited('gazettes/2025-01.mdx', 'notice: sfzf-2025-008', 'notice: sfzf-2020-075');
    expect(messageFor(result.warnings, 'gazettes/2025-01.mdx', 'contents[1].notice').message).toContain(
      '该文件的 gazette 是 空：应为“2025-01”',
    );
  });
});
