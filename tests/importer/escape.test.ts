import { describe, expect, test } from 'vitest';
import { mdxToHast } from 'satteri';
import { escapeCell, escapeText } from '../../src/importer/write/escape.ts';
import { renderBody } from '../../src/importer/write/mdx-body.ts';
import * as cheerio from 'cheerio';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { renderMdxBody } from '../../src/lib/render/mdx-html.ts';

/** Renders MDX with Astro's own MDX processor (Sätteri) and returns the hast tree. */
function render(mdx: string): any {
  return mdxToHast(mdx);
}

/** Text content of the tree; any element other than p/strong/table parts, or any MDX node, is reported. */
function textOf(node: any, foreign: string[] = []): string {
  if (node.type === 'text') return node.value;
  // A string-literal expression renders as its string: the escape for text GFM would turn into a link.
  if (node.type === 'mdxTextExpression' && /^"(?:[^"\\]|\\.)*"$/.test(node.value)) return JSON.parse(node.value);
  if (
    node.type === 'element' &&
    !['p', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(
      node.tagName,
    )
  )
    foreign.push(node.tagName);
  if (node.type !== 'root' && node.type !== 'element' && node.type !== 'text') foreign.push(node.type);
  return (node.children ?? []).map((c: any) => textOf(c, foreign)).join('');
}

function roundTrip(text: string): { text: string; foreign: string[] } {
  const foreign: string[] = [];
  const tree = render(escapeText(text));
  return { text: textOf(tree, foreign).trim(), foreign };
}

describe('MDX escaping', () => {
  const cases = [
    '<script>alert(1)</script>',
    '{alert(1)}',
    '[点击](javascript:alert(1))',
    '<http://www.cqspb.gov.cn/>',
    'PM_{2.5} 浓度',
    '# 不是标题',
    '- 附件：1. 名词解释',
    '+ 加号开头',
    '> 引用开头',
    '1. 项目一',
    '33. 行政执法队伍，镇（街道）设置 1 支综合行政执法队伍。',
    '2) 括号编号',
    '*强调* _下划线_ `代码` **加粗**',
    '甲 | 乙 | 丙',
    '反斜杠 \\ 与 &amp; 实体',
    '---',
    '===',
    '<百万高校毕业生…>',
    '~~删除线~~',
    '网址 www.cqspb.gov.cn 与邮箱 spb@example.com 及 https://example.com/a',
    '![图片](x.png)',
  ];
  for (const input of cases) {
    test(`renders “${input}” as exactly that text`, () => {
      const out = roundTrip(input);
      expect(out.foreign).toEqual([]);
      expect(out.text).toBe(input);
    });
  }

  test('a table cell keeps pipes, braces and line breaks as text', () => {
    const mdx = `| 名称 | 内容 |\n| --- | --- |\n| ${escapeCell('a|b')} | ${escapeCell('{x}\n<y>')} |`;
    const foreign: string[] = [];
    const text = textOf(render(mdx), foreign);
    expect(text).toContain('a|b');
    expect(text).toContain('{x}');
    expect(text).toContain('<y>');
  });

  test('a run-in head is bold and its text unchanged', () => {
    const mdx = renderBody([
      {
        type: 'paragraph',
        text: '（一）科技创新动力不断积聚。坚持{创新}<驱动>。',
        head: '（一）科技创新动力不断积聚。',
        lines: [1, 1],
      },
    ]);
    const tree = render(mdx);
    const p = tree.children.find((c: any) => c.tagName === 'p');
    expect(p.children[0].tagName).toBe('strong');
    expect(textOf(p.children[0])).toBe('（一）科技创新动力不断积聚');
    expect(textOf(p)).toBe('（一）科技创新动力不断积聚。坚持{创新}<驱动>。');
  });

  test('a missing figure is the MissingFigure component with its title as a plain attribute', () => {
    const mdx = renderBody([{ type: 'missing-figure', title: '“白名单”认定流程图 {x} <y>', lines: [1, 1] }]);
    expect(mdx.trim()).toMatch(/^<MissingFigure title=".*" \/>$/);
    expect(() => render(mdx)).not.toThrow();
  });

  test('a form stays verbatim inside a text fence, even when it contains backticks', () => {
    const form = '编号：〔20 〕第 号\n```\n年 月 日';
    const mdx = renderBody([{ type: 'preformatted', text: form, lines: [1, 3] }]);
    const tree = render(mdx);
    const code = JSON.stringify(tree);
    expect(code).toContain('年 月 日');
    expect(textOf({ type: 'root', children: tree.children.flatMap((c: any) => c.children ?? []) })).toContain('```');
  });
});

/** Renders a body with the build's renderer; returns each top-level block as [tag, text]. */
function built(mdx: string): [string, string][] {
  const $ = cheerio.load(renderMdxBody(mdx, { matcher: createMatcher([]), byId: new Map() }).html, null, false);
  return $.root()
    .children()
    .toArray()
    .map((e) => [e.tagName, $(e).text()]);
}

describe('regressions found by fast-check (tests/importer/escape-property.test.ts)', () => {
  test('a paragraph starting with “import ” or “export ” is text, not an ESM block the build refuses', () => {
    for (const text of ['import ', 'import x from "y"', 'export const a = 1', 'export{a}', 'import重']) {
      expect(built(renderBody([{ type: 'paragraph', text, lines: [1, 1] }]))).toEqual([['p', text]]);
    }
  });

  test('a paragraph that is only a URL is still a paragraph (an expression alone on its line is not)', () => {
    for (const text of ['http://', 'www.cqspb.gov.cn', 'spb@example.com', '    www.', ' www.x ']) {
      expect(built(renderBody([{ type: 'paragraph', text, lines: [1, 1] }]))).toEqual([['p', text]]);
    }
  });

  test('a run-in head ending in punctuation before a letter is still bold', () => {
    const mdx = renderBody([{ type: 'paragraph', text: '\\重', head: '\\', lines: [1, 1] }]);
    expect(built(mdx)).toEqual([['p', '\\重']]);
    expect(
      cheerio
        .load(renderMdxBody(mdx, { matcher: createMatcher([]), byId: new Map() }).html)('strong')
        .text(),
    ).toBe('\\');
  });

  test('a run-in head ending in a symbol outside the BMP (🙂) is still bold', () => {
    const mdx = renderBody([{ type: 'paragraph', text: '甲🙂重', head: '甲🙂', lines: [1, 1] }]);
    expect(built(mdx)).toEqual([['p', '甲🙂重']]);
  });

  test('leading and trailing whitespace (spaces, tabs, 　) is kept and never opens a code block', () => {
    for (const text of ['    缩进四格', '\t制表符', '　　全角空格开头', '结尾空格  ']) {
      expect(built(renderBody([{ type: 'paragraph', text, lines: [1, 1] }]))).toEqual([['p', text]]);
    }
  });
});
