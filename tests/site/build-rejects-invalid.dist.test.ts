/**
 * The build itself refuses invalid content (not only `npm run check`): each case
 * copies a small valid content set, breaks one thing, and runs `astro build` on it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'spb-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const notice = (fields: string) => `---
title: 重庆市沙坪坝区人民政府关于禁止猎捕野生动物的通告
docType: 通告
issuer: 重庆市沙坪坝区人民政府
${fields}
---

本通告自发布之日起施行。
`;

/** Builds `files` as the content folder; `dir` reuses a folder (and its build cache) from an earlier call. */
function buildWith(
  files: Record<string, string>,
  dir = mkdtempSync(join(tmp, 'content-')),
): { status: number | null; output: string; dir: string } {
  for (const c of ['gazettes', 'reports', 'notices', 'glossary', 'indicators'])
    mkdirSync(join(dir, c), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  // Each content folder has its own build cache: builds running side by side never share one.
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, SPB_CONTENT_DIR: dir, SPB_CACHE_DIR: join(dir, '.cache') },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dir };
}

describe('astro build with invalid content', () => {
  test('fails on a malformed 文号, naming the file, the field and the expected form', () => {
    const r = buildWith({ 'notices/sfzf-2020-075.mdx': notice("wenhao: 沙府发2020年75\nsignedDate: '2020-12-02'") });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('notices/sfzf-2020-075.mdx');
    expect(r.output).toContain('wenhao');
    expect(r.output).toContain('〔');
  });

  test('fails on an impossible date', () => {
    const r = buildWith({
      'notices/sfzf-2020-075.mdx': notice("wenhao: 沙府发〔2020〕75号\nsignedDate: '2020-02-30'"),
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('signedDate');
  });

  test('fails on a reference to a gazette issue that does not exist', () => {
    const r = buildWith({ 'notices/sfzf-2020-075.mdx': notice('wenhao: 沙府发〔2020〕75号\ngazette: 2020-09') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('gazette');
    expect(r.output).toContain('2020-09');
  });

  test('fails on two notices with the same 文号', () => {
    const r = buildWith({
      'notices/sfzf-2020-075.mdx': notice('wenhao: 沙府发〔2020〕75号'),
      'notices/sfzf-2020-075-copy.mdx': notice('wenhao: 沙府发〔2020〕75 号'),
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('沙府发〔2020〕75号');
  });

  test('fails on a body with a code expression, naming the file and its line, and again on the next build', () => {
    const bad = notice("wenhao: 沙府发〔2020〕75号\nsignedDate: '2020-12-02'").replace(
      '本通告自发布之日起施行。',
      '本通告自发布之日起施行。\n\n共{1 + 1}条。',
    );
    const first = buildWith({ 'notices/sfzf-2020-075.mdx': bad });
    expect(first.status).not.toBe(0);
    expect(first.output).toMatch(
      /content-[^/\s]+\/notices\/sfzf-2020-075\.mdx:11 不支持的 MDX 写法：表达式 \{1 \+ 1\}/,
    );
    // A body that failed is not cached as rendered: the same file fails the next build too.
    const second = buildWith({}, first.dir);
    expect(second.status).not.toBe(0);
    expect(second.output).toContain('不支持的 MDX 写法');
  }, 300_000);

  test('fails on the hand edits the publishing guide warns about, with file lines in Chinese and no stack trace', () => {
    const valid = notice("wenhao: 沙府发〔2020〕75号\nsignedDate: '2020-12-02'");
    const edits: Record<string, string> = {
      div: '<div>\n\n第二段。',
      brace: '共{计三条。',
      comment: '<!-- 待核对 -->',
      import: 'import x from "y"',
      component: '<Foo />',
    };
    const files = Object.fromEntries(
      Object.entries(edits).map(([name, edit], i) => [
        `notices/sfzf-2020-${String(80 + i).padStart(3, '0')}-${name}.mdx`,
        valid
          .replace('沙府发〔2020〕75号', `沙府发〔2020〕${80 + i}号`)
          .replace('本通告自发布之日起施行。', `本通告自发布之日起施行。\n\n${edit}`),
      ]),
    );
    const r = buildWith(files);
    expect(r.status).not.toBe(0);
    const at = (name: string) => new RegExp(`sfzf-2020-\\d+-${name}\\.mdx:11 `);
    expect(r.output).toMatch(new RegExp(`${at('div').source}MDX 语法错误：<div> 没有结束标签`));
    expect(r.output).toMatch(new RegExp(`${at('brace').source}MDX 语法错误：\\{ 没有对应的 \\}`));
    expect(r.output).toMatch(new RegExp(`${at('comment').source}MDX 语法错误：正文中不能使用 HTML 注释`));
    expect(r.output).toMatch(new RegExp(`${at('import').source}不支持的 MDX 写法：import/export 语句`));
    expect(r.output).toMatch(new RegExp(`${at('component').source}不支持的 MDX 写法：组件 <Foo>`));
    expect(r.output).not.toMatch(/Stack trace|Expected a closing tag|\n\s+at /);
  }, 300_000);

  test('succeeds on the same content when it is valid', () => {
    const r = buildWith({
      'notices/sfzf-2020-075.mdx': notice("wenhao: 沙府发〔2020〕75号\nsignedDate: '2020-12-02'"),
    });
    expect(r.output).not.toContain('内容检查未通过');
    expect(r.status).toBe(0);
  }, 300_000);
});
