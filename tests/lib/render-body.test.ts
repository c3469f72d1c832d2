import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { renderMdxBody } from '../../src/lib/render/mdx-html.ts';

const plain = { matcher: createMatcher([]), byId: new Map() };
const render = (mdx: string) => renderMdxBody(mdx, plain).html;

describe('paragraph anchors and table regions', () => {
  test('numbers top-level paragraphs in order, skipping headings', () => {
    const html = render('第一段。\n\n## 标题\n\n第二段。\n');
    expect(html).toContain('<p id="p-1">第一段。</p>');
    expect(html).toContain('<p id="p-2">第二段。</p>');
  });

  test('wraps tables in a labelled, focusable scroll region', () => {
    const html = render('| 序号 | 名称 |\n| --- | --- |\n| 1 | 甲 |\n');
    expect(html).toMatch(/<section class="table-wrap" tabindex="0" aria-label="表格1[^"]*"><table>/);
    expect(html).toContain('<th><span class="cell-term">序号</span></th>');
  });

  test('leaves paragraphs inside list items unnumbered', () => {
    const html = render('- 甲\n\n- 乙\n\n正文。\n');
    expect(html).toContain('<p id="p-1">正文。</p>');
  });
});

describe('headings', () => {
  test('gives headings the ids Astro gives them and lists them in order', () => {
    const { html, headings } = renderMdxBody('## 一、总体要求\n\n段落。\n\n### （一）目标\n\n## 一、总体要求\n', plain);
    expect(headings).toEqual([
      { depth: 2, slug: '一总体要求', text: '一、总体要求' },
      { depth: 3, slug: '一目标', text: '（一）目标' },
      { depth: 2, slug: '一总体要求-1', text: '一、总体要求' },
    ]);
    expect(html).toContain('<h2 id="一总体要求-1">一、总体要求</h2>');
  });
});

describe('writing HTML as Astro rendered compiled MDX', () => {
  test('escapes text and keeps the printed punctuation verbatim', () => {
    expect(render('甲 & 乙 "引号" \'单引号\' -- ...\n')).toBe(
      '<p id="p-1">甲 &amp; 乙 &quot;引号&quot; &#39;单引号&#39; -- ...</p>',
    );
  });

  test('shows escaped markup as text, never as HTML', () => {
    expect(render('\\<script>alert(1)\\</script> \\{alert(1)\\}\n')).toBe(
      '<p id="p-1">&lt;script&gt;alert(1)&lt;/script&gt; {alert(1)}</p>',
    );
  });

  test('writes line breaks in table cells as <br/>', () => {
    expect(render('| 单位 |\n| --- |\n| 甲<br />乙 |\n')).toContain('<td>甲<br/>乙</td>');
  });

  test('writes a string-literal expression as its text', () => {
    expect(render('网址：{"www.example.com"}。\n')).toBe('<p id="p-1">网址：www.example.com。</p>');
  });

  test('renders a missing figure with its title', () => {
    expect(render('<MissingFigure title="审批流程图" />\n')).toBe(
      '<div class="missing-figure" role="note"><p><strong>图示缺失：</strong>“审批流程图”在导出文本中没有内容，请以正式印发文件为准。</p></div>',
    );
  });
});

describe('what a body may not contain', () => {
  test('refuses a code expression with its line', () => {
    expect(() => render('第一段。\n\n第二段{1 + 1}。\n')).toThrow(/正文第 3 行：不支持的 MDX 写法：表达式 \{1 \+ 1\}/);
  });

  test('refuses imports and exports', () => {
    expect(() => render('import X from "./x.js"\n\n正文。\n')).toThrow(
      /正文第 1 行：不支持的 MDX 写法：import\/export 语句/,
    );
  });

  test('refuses an unknown component and names the ones that exist', () => {
    expect(() => render('正文。\n\n<Chart data="x" />\n')).toThrow(
      /正文第 3 行：.*组件 <Chart>（可用组件：MissingFigure）/,
    );
  });

  test('refuses an attribute written as an expression', () => {
    expect(() => render('<MissingFigure title={window.name} />\n')).toThrow(/属性含表达式/);
  });
});
