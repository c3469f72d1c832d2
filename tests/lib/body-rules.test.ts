/**
 * The one rule for what an MDX body may contain (src/lib/render/body-rules.ts), shared
 * by the build's renderer, `npm run check` and the importer: Sätteri's syntax errors
 * come back in Chinese with the body line, never in English.
 */
import { describe, expect, test } from 'vitest';
import { bodyProblems } from '../../src/lib/render/body-rules.ts';
import { renderMdxBody, UnsupportedMdxError } from '../../src/lib/render/mdx-html.ts';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';

const CJK = /[\u4e00-\u9fff]/;

describe('bodyProblems', () => {
  const cases: [string, string, number, RegExp][] = [
    ['an unclosed <div>', '第一段。\n\n<div>\n\n第二段。\n', 3, /<div> 没有结束标签 <\/div>/],
    ['an unclosed <span> in a paragraph', '第一段。\n\n甲<span>乙\n', 3, /<span> 没有结束标签/],
    ['a stray {', '第一段。\n\n共{计三条。\n', 3, /\{ 没有对应的 \}.*\\\{/],
    ['an HTML comment', '第一段。\n\n<!-- 注释 -->\n', 3, /不能使用 HTML 注释 <!-- -->/],
    ['a < before a digit', '第一段。\n\n甲<2乙\n', 3, /< 后面不是标签.*\\</],
    ['an import line', '第一段。\n\nimport x from "y"\n', 3, /import\/export 语句/],
    ['an export line', '第一段。\n\nexport const a = 1\n', 3, /import\/export 语句/],
    ['an unknown component', '第一段。\n\n<Foo />\n', 3, /组件 <Foo>（可用组件：MissingFigure）/],
    ['a code expression', '第一段。\n\n共{1 + 1}条。\n', 3, /表达式 \{1 \+ 1\}/],
  ];
  for (const [name, body, line, message] of cases) {
    test(`${name}: its body line and a Chinese message`, () => {
      const problems = bodyProblems(body);
      expect(problems).toHaveLength(1);
      expect(problems[0].line).toBe(line);
      expect(problems[0].message).toMatch(message);
      expect(problems[0].message).toMatch(CJK);
      expect(problems[0].message).not.toMatch(/Expected|Unexpected|mdx-jsx/);
    });
  }

  test('what the importer writes has no problem', () => {
    expect(
      bodyProblems(
        '第一段。\n\n| 甲 | 乙 |\n| --- | --- |\n| a<br />b | \\{x\\} |\n\n<MissingFigure title="图" />\n\n见 {"www.cqspb.gov.cn"}。\n',
      ),
    ).toEqual([]);
  });

  test('the renderer refuses a syntax error with the same message, as UnsupportedMdxError', () => {
    const context = { matcher: createMatcher([]), byId: new Map() };
    const render = () => renderMdxBody('第一段。\n\n<div>\n', context);
    expect(render).toThrow(UnsupportedMdxError);
    expect(render).toThrow(/正文第 3 行：.*<div> 没有结束标签/);
  });
});
