/** The checker validates editions like any entry: the editions list, and the edition files it names. */
import { describe, expect, test } from 'vitest';
import { checkWith, mdx, messageFor, validFiles } from './fixture.ts';

const REPORT = 'reports/work-report-2025.mdx';
const EDITION = 'editions/reports/work-report-2025/online.mdx';
const LIST = `
editions:
  - id: gazette
    label: 公报印刷版
    canonical: true
    source: { file: 000.txt, lines: [1, 500], style: pdf }
    publishedDate: '2025-12-31'
  - id: online
    label: 网上公开版
    source: { file: online.txt, lines: [1, 400], style: word }
    publishedDate: '2025-02-12'`;
const withList = (list = LIST) => validFiles()[REPORT].replace('\n---\n\n', `\n${list.trim()}\n---\n\n`);
const editionFile = (frontmatter = 'document: reports/work-report-2025\nedition: online') =>
  mdx(frontmatter, '今年经济社会发展主要预期目标是：地区生产总值增长6.5%左右。');

describe('editions', () => {
  test('a document with two editions and the other edition’s text passes', () => {
    const result = checkWith({ [REPORT]: withList(), [EDITION]: editionFile() });
    expect(result.errors).toEqual([]);
  });

  test('a bad date in the list is named with file, line and field', () => {
    const result = checkWith({
      [REPORT]: withList(LIST.replace("'2025-02-12'", "'2025-02-30'")),
      [EDITION]: editionFile(),
    });
    const message = messageFor(result.errors, REPORT, 'editions[1].publishedDate');
    expect(message.message).toContain('不是存在的日期');
    expect(message.line).toBeGreaterThan(1);
  });

  test('two canonical editions, or none, are refused', () => {
    const two = checkWith({
      [REPORT]: withList(LIST.replace('source: { file: online', 'canonical: true\n    source: { file: online')),
      [EDITION]: editionFile(),
    });
    expect(messageFor(two.errors, REPORT, 'editions').message).toContain('有且只有一个正式版本');
  });

  test('an edition listed without its text file is named', () => {
    const result = checkWith({ [REPORT]: withList() });
    expect(messageFor(result.errors, REPORT, 'editions[1].id').message).toBe(
      '版本“网上公开版”（online）没有正文文件：应有 editions/reports/work-report-2025/online.mdx（非正式版本的正文存放在那里）',
    );
  });

  test('an edition file the document does not list, or with a bad id, is named', () => {
    const stray = checkWith({ [EDITION]: editionFile() });
    expect(messageFor(stray.errors, EDITION, 'edition').message).toContain('editions 列表中没有版本“online”');
    const bad = checkWith({
      [REPORT]: withList(),
      [EDITION]: editionFile('document: reports/work-report-2025\nedition: Online'),
    });
    expect(messageFor(bad.errors, EDITION, 'edition').message).toContain('版本标识只能由小写字母');
  });
});
