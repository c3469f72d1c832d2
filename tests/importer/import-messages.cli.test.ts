/**
 * What the import command says when it is used wrongly or given an odd file:
 * a sentence in Chinese naming the file, line or option and what was
 * expected; never a stack trace; nothing written.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SEED, snapshot, tempContentDir } from './helpers/seeds.ts';
import { seedText, writeExport } from '../../src/bench/damage.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the import command; `unprivileged` drops root to nobody so that file permissions apply. */
function cli(args: string[], unprivileged = false): Run {
  const asNobody = unprivileged && process.getuid?.() === 0;
  const [command, argv] = asNobody
    ? ['setpriv', ['--reuid', '65534', '--regid', '65534', '--clear-groups', TSX, 'scripts/import.ts', ...args]]
    : [TSX, ['scripts/import.ts', ...args]];
  const r = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SPB_DEBUG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectClearRefusal(run: Run, status: number, words: string): void {
  expect(run.stderr).toContain(words);
  expect(run.status).toBe(status);
  expect(run.stderr + run.stdout).not.toMatch(/\n\s+at |Error:|ENOENT|EACCES|EISDIR/);
}

const publicTemp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'spb-msg-'));
  chmodSync(dir, 0o755);
  return dir;
};

describe('files and folders named wrongly', () => {
  test('a folder given as the export is called a folder, not a missing file', () => {
    expectClearRefusal(cli([tmpdir(), '--dry-run']), 1, '是一个文件夹，不是导出文件');
  });

  test('an export that cannot be read says so', () => {
    const dir = publicTemp();
    const path = join(dir, 'locked.txt');
    copyFileSync(SEED.s004, path);
    chmodSync(path, 0o000);
    expectClearRefusal(cli([path, '--dry-run', '--content-dir', join(dir, 'content')], true), 1, '没有读取权限');
  });

  test('--content-dir without a value asks for the folder', () => {
    expectClearRefusal(cli([SEED.s004, '--content-dir']), 2, '选项 --content-dir 后面缺少目录');
  });

  test('--content-dir naming a file is refused', () => {
    const file = join(tempContentDir(), 'a-file.txt');
    writeFileSync(file, 'x');
    expectClearRefusal(cli([SEED.s004, '--content-dir', file]), 1, '是一个文件，不是文件夹');
    expectClearRefusal(cli([SEED.s004, '--content-dir', join(file, 'content')]), 1, '是一个文件');
  });

  test('a content folder that cannot be written is refused before anything is read', () => {
    const dir = publicTemp();
    const content = join(dir, 'content');
    mkdirSync(content);
    chmodSync(content, 0o555);
    expectClearRefusal(
      cli([SEED.s004, '--content-dir', content], true),
      1,
      `无法写入内容目录“${content}”：没有写入权限`,
    );
    expect(snapshot(content).size).toBe(0);
  });
});

describe('encodings and damaged bytes', () => {
  test('a UTF-16 export without a BOM is recognised as UTF-16', () => {
    const utf16 = Buffer.from(seedText(SEED.s004).slice(0, 3000), 'utf16le');
    expectClearRefusal(cli([writeExport(SEED.s004, utf16), '--dry-run']), 1, '没有 BOM 的 UTF-16 编码');
  });

  test('a UTF-8 export with a few invalid bytes names their lines', () => {
    const bytes = Buffer.from(seedText(SEED.s004), 'utf8');
    const lines = seedText(SEED.s004).split('\n');
    const offset = Buffer.byteLength(lines.slice(0, 99).join('\n') + '\n', 'utf8');
    bytes[offset] = 0xff;
    expectClearRefusal(cli([writeExport(SEED.s004, bytes), '--dry-run']), 1, '有 1 行含有无法解码的字节（第 100 行）');
  });
});

describe('documents already on the site', () => {
  test('a conflict quotes the title on the site, not the incoming one', () => {
    const dir = tempContentDir();
    expect(cli([SEED.s003, '--content-dir', dir]).status).toBe(0);
    const retitled = seedText(SEED.s003).replace(
      '关于印发重庆市沙坪坝区全民健身实施计划',
      '关于印发重庆市沙坪坝区全民健身行动计划',
    );
    const run = cli([writeExport(SEED.s003, retitled), '--content-dir', dir]);
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('站内已有同一文件“重庆市沙坪坝区人民政府办公室关于印发重庆市沙坪坝区全民健身实施计划');
  });

  test('the same export under another file name is unchanged, not a conflict', () => {
    const dir = tempContentDir();
    expect(cli([SEED.s003, '--content-dir', dir]).status).toBe(0);
    const before = snapshot(dir);
    const run = cli([writeExport(SEED.s003, readFileSync(SEED.s003), '公报导出-另存.txt'), '--content-dir', dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/已新建 0 个，已更新 0 个，未变 \d+ 个/);
    expect(snapshot(dir)).toEqual(before);
  });
});
