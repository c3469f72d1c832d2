/**
 * Reading an MDX file only up to the end of its frontmatter gives what reading
 * the whole file gave: long frontmatter, long bodies with --- lines, blank lines
 * before the opening ---, and a frontmatter that never closes.
 */
import { describe, expect, test } from 'vitest';
import { checkContent, formatMessage } from '../../src/content-check/index.ts';
import { checkWith, messageFor, validFiles, writeProject } from './fixture.ts';

const N2025 = 'notices/sfzf-2025-008.mdx';
const LONG = '各镇人民政府、街道办事处，区政府各部门'.repeat(400); // about 23 KB of UTF-8

describe('reading frontmatter', () => {
  test('a frontmatter longer than one read (16 KB) is read whole, and a later field keeps its line', () => {
    const files = validFiles();
    const text = files[N2025].replace('docType: 通知', `docType: 通知\naddressees: ${LONG}`).replace(
      'gazettePage: 36',
      'gazettePage: 三十六',
    );
    const result = checkWith({ [N2025]: text });
    expect(messageFor(result.errors, N2025, 'gazettePage').line).toBe(10);
    expect(result.errors).toHaveLength(1);
  });

  test('--- lines and a long body after the frontmatter change nothing', () => {
    const text = validFiles()[N2025].replace('正文第一段。', `第一段。\n\n---\n\n${LONG}\n\n---\ntitle: 不是字段\n`);
    const root = writeProject({ ...validFiles(), [N2025]: text });
    expect(checkContent('content', root).errors.map(formatMessage)).toEqual([]);
  });

  test('blank lines before the opening --- are allowed, as Astro allows them', () => {
    const result = checkWith({ [N2025]: `\n\n${validFiles()[N2025]}` });
    expect(result.errors.map(formatMessage)).toEqual([]);
  });

  test('a frontmatter that is never closed is reported as missing', () => {
    const text = validFiles()[N2025].replace(/\n---\n/, '\n');
    const result = checkWith({ [N2025]: `${text}\n${LONG}\n` });
    expect(messageFor(result.errors, N2025, '').message).toContain('缺少 frontmatter');
  });
});
