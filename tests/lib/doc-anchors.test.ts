import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { docAnchors } from '../../src/plugins/doc-anchors.ts';

const render = (md: string) => markdownToHtml(md, { hastPlugins: [docAnchors] }).html;

describe('doc-anchors plugin', () => {
  test('numbers top-level paragraphs in order, skipping headings', () => {
    const html = render('第一段。\n\n## 标题\n\n第二段。\n');
    expect(html).toContain('<p id="p-1">第一段。</p>');
    expect(html).toContain('<p id="p-2">第二段。</p>');
  });

  test('wraps tables in a labelled, focusable scroll region', () => {
    const html = render('| 序号 | 名称 |\n| --- | --- |\n| 1 | 甲 |\n');
    expect(html).toMatch(/<section class="table-wrap" tabindex="0" aria-label="表格1[^"]*"><table>/);
    expect(html).toContain('<th>序号</th>');
  });

  test('leaves paragraphs inside list items unnumbered', () => {
    const html = render('- 甲\n\n- 乙\n\n正文。\n');
    expect(html).toContain('<p id="p-1">正文。</p>');
  });
});
