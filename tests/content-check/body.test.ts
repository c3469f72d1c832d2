/**
 * `npm run check` finds what the build would refuse in an MDX body — the hand edits
 * the publishing guide warns about — at the line of the file, in Chinese, and the
 * parse cache gives the same messages for an unchanged body.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatMessage, ParseCache, parseCacheFile } from '../../src/content-check/index.ts';
import { checkWith, validFiles, writeProject } from './fixture.ts';

const N2025 = 'notices/sfzf-2025-008.mdx';
/** The fixture's notice has 10 frontmatter lines, a blank line and its paragraph on line 12. */
const withBody = (extra: string) => ({
  [N2025]: validFiles()[N2025].replace('正文第一段。\n', `正文第一段。\n\n第二段。\n\n${extra}\n`),
});
const bodyErrors = (extra: string) => checkWith(withBody(extra)).errors.map(formatMessage);

describe('MDX bodies in npm run check', () => {
  const file = `content/${N2025}`;
  const cases: [string, string, string][] = [
    ['an unclosed <div>', '<div>\n\n第三段。', `${file}:16 MDX 语法错误：<div> 没有结束标签 </div>`],
    ['a stray {', '共{计三条。', `${file}:16 MDX 语法错误：{ 没有对应的 }`],
    ['an HTML comment', '<!-- 待核对 -->', `${file}:16 MDX 语法错误：正文中不能使用 HTML 注释 <!-- -->`],
    ['an import line', 'import x from "y"', `${file}:16 不支持的 MDX 写法：import/export 语句`],
    ['an unknown component', '<Foo />', `${file}:16 不支持的 MDX 写法：组件 <Foo>（可用组件：MissingFigure）`],
  ];
  for (const [name, extra, expected] of cases) {
    test(`${name} is an error at its file line`, () => {
      const errors = bodyErrors(extra);
      expect(errors).toHaveLength(1);
      expect(errors[0].startsWith(expected)).toBe(true);
    });
  }

  test('the valid fixture bodies have no problem', () => {
    expect(checkWith({}).errors).toEqual([]);
  });

  test('a body after blank lines and a BOM is counted from the file, as the build counts it', () => {
    const text = `\uFEFF${validFiles()[N2025].replace('正文第一段。\n', '\n\n\n<Foo />\n')}`;
    expect(checkWith({ [N2025]: text }).errors.map((m) => m.line)).toEqual([15]);
  });

  test('a body is checked even when its frontmatter is broken', () => {
    const files = validFiles();
    const text = files[N2025].replace("signedDate: '2025-03-05'", "signedDate: '2025-03-05").replace(
      '正文第一段。',
      '<Foo />',
    );
    const rules = checkWith({ [N2025]: text }).errors.map((m) => m.rule);
    expect(rules).toContain('mdx-body');
    expect(rules).toContain('load');
  });

  test('with the parse cache, an unchanged body is not parsed again and gives the same message', () => {
    const root = writeProject({ ...validFiles(), ...withBody('<Foo />') });
    const cache = new ParseCache(parseCacheFile(join(root, 'cache'), join(root, 'content')));
    const first = checkContent('content', root, { cache });
    expect(cache.lastBodies).toEqual({ reused: 0, checked: 7 });
    const second = checkContent('content', root, { cache });
    expect(cache.lastBodies).toEqual({ reused: 7, checked: 0 });
    expect(second.errors.map(formatMessage)).toEqual(first.errors.map(formatMessage));
    expect(second.errors).toHaveLength(1);
  });
});
