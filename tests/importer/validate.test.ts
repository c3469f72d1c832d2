/**
 * The importer's pre-write validation checks each body as the build does (the
 * content checker's body check), not only the frontmatter.
 */
import { describe, expect, test } from 'vitest';
import { validateEntryText } from '../../src/importer/write/validate.ts';

const notice = (body: string) => `---
title: 重庆市沙坪坝区人民政府关于禁止猎捕野生动物的通告
wenhao: 沙府发〔2020〕75号
docType: 通告
signedDate: '2020-12-02'
---

${body}
`;

describe('validateEntryText', () => {
  test('a valid entry has no problem', () => {
    expect(validateEntryText('notices/sfzf-2020-075.mdx', notice('本通告自发布之日起施行。'))).toEqual([]);
  });

  test('an import line in a body is refused with its file line', () => {
    const problems = validateEntryText(
      'notices/sfzf-2020-075.mdx',
      notice('本通告自发布之日起施行。\n\nimport x from "y"'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^notices\/sfzf-2020-075\.mdx:10 不支持的 MDX 写法：import\/export 语句/),
    ]);
  });

  test('a body the build cannot parse is refused', () => {
    const problems = validateEntryText('notices/sfzf-2020-075.mdx', notice('第一段。\n\n共{计三条'));
    expect(problems).toEqual([expect.stringMatching(/^notices\/sfzf-2020-075\.mdx:10 MDX 语法错误：\{ 没有对应的 \}/)]);
  });
});
