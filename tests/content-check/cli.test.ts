import { execFile } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parseCacheFile } from '../../src/content-check/index.ts';
import { validFiles, writeProject } from './fixture.ts';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '../..');

/** Runs `npm run check -- <args>` from the repository; resolves with exit code and output. */
async function npmCheck(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'check', '--', ...args], { cwd: repo });
    return { code: 0, out: stdout + stderr };
  } catch (error: any) {
    return { code: error.code, out: `${error.stdout}${error.stderr}` };
  }
}

describe('npm run check', () => {
  test('exits 1 and prints file:line field: message for a broken content folder', async () => {
    const files = validFiles();
    files['notices/sfzf-2025-008.mdx'] = files['notices/sfzf-2025-008.mdx'].replace(
      "signedDate: '2025-03-05'",
      "signedDate: '2025-02-30'",
    );
    const root = writeProject(files);
    const { code, out } = await npmCheck('--no-cache', '--content-dir', join(root, 'content'));
    expect(code).toBe(1);
    expect(out).toContain(
      `${root}/content/notices/sfzf-2025-008.mdx:6 signedDate: 不是存在的日期（请检查月份和日）（现为 “2025-02-30”）`,
    );
    expect(out).toMatch(/notices\s+3 个条目，其中 1 个有错误/);
    expect(out).toContain('发现 1 个错误、0 个警告');
  });

  test('exits 0 and prints the counts for a valid content folder', async () => {
    const root = writeProject(validFiles());
    const { code, out } = await npmCheck('--content-dir', join(root, 'content'), '--no-cache');
    expect(code).toBe(0);
    expect(out).toContain('内容检查：共 9 个条目');
    expect(out).toMatch(/glossary\s+2 个条目/);
    expect(out).toContain('没有错误。');
  });

  test('exits 2 with the usage line for an unknown option', async () => {
    const { code, out } = await npmCheck('--bogus');
    expect(code).toBe(2);
    expect(out).toContain('用法：npm run check');
  });

  test('exits 1 when the content folder does not exist', async () => {
    const { code, out } = await npmCheck('--no-cache', '--content-dir', join(writeProject({}), 'nowhere'));
    expect(code).toBe(1);
    expect(out).toMatch(/nowhere 内容目录不存在/);
  });

  test('keeps parsed files in node_modules/.cache and still sees an edit on the next run', async () => {
    const root = writeProject(validFiles());
    const content = join(root, 'content');
    const cacheFile = parseCacheFile(join(repo, 'node_modules/.cache'), content);
    try {
      expect((await npmCheck('--content-dir', content)).code).toBe(0);
      expect(existsSync(cacheFile)).toBe(true);
      const file = join(content, 'notices/sfzf-2025-008.mdx');
      writeFileSync(
        file,
        validFiles()['notices/sfzf-2025-008.mdx'].replace("signedDate: '2025-03-05'", "signedDate: '2025-02-30'"),
      );
      const { code, out } = await npmCheck('--content-dir', content);
      expect(code).toBe(1);
      expect(out).toContain(`${file}:6 signedDate: 不是存在的日期（请检查月份和日）（现为 “2025-02-30”）`);
    } finally {
      rmSync(cacheFile, { force: true });
    }
  });
});
