/**
 * Issue 14, item 7: one import at a time per content folder. A second import
 * waits for the first or refuses with a message naming the holder; a lock
 * left by a dead process is taken over; leftovers of older importers are
 * reported or removed, never silently kept.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireLock } from '../../src/importer/write/lock.ts';
import { leftovers, manifestMismatches, runChild, runCli } from './helpers/crash.ts';
import { SEED, importInto, snapshot, tempContentDir } from './helpers/seeds.ts';

const deadPid = (): number => spawnSync('true').pid!;
const staleLock = (dir: string, host = hostname()) =>
  writeFileSync(
    join(dir, '.import.lock'),
    JSON.stringify({ pid: deadPid(), host, started: '2026-01-01T00:00:00.000Z', token: 'dead' }),
  );

describe('two imports at once', () => {
  test('started together (over a stale lock both must take over), they give exactly one clean import: one waits for the other', async () => {
    const clean = tempContentDir();
    importInto(clean, [SEED.s003, SEED.s004]);
    const dir = tempContentDir();
    staleLock(dir);
    const job = {
      mode: 'import' as const,
      contentDir: dir,
      files: [SEED.s003, SEED.s004],
      slowMs: 100,
      lockWaitMs: 300_000,
    };
    const [a, b] = await Promise.all([runChild(job), runChild(job)]);
    expect([a.code, b.code, a.stderr.replace('waited\n', ''), b.stderr.replace('waited\n', '')]).toEqual([
      0,
      0,
      '',
      '',
    ]);
    expect([a.stderr, b.stderr].filter((s) => s.includes('waited'))).toHaveLength(1);
    expect(snapshot(dir)).toEqual(snapshot(clean));
    expect(manifestMismatches(dir)).toEqual([]);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, '.import-manifest.json'), 'utf8')).files)).toHaveLength(
      snapshot(clean).size - 1,
    );
    expect(leftovers(dir)).toEqual([]);
  }, 300_000);

  test('two different exports imported at once lose nothing: the folder equals importing one after the other', async () => {
    const orders = [
      [SEED.s003, SEED.s000],
      [SEED.s000, SEED.s003],
    ].map((order) => {
      const clean = tempContentDir();
      for (const seed of order) importInto(clean, [seed]);
      return snapshot(clean);
    });
    const dir = tempContentDir();
    const job = (seed: string) =>
      runChild({ mode: 'import', contentDir: dir, files: [seed], slowMs: 50, lockWaitMs: 300_000 });
    const [a, b] = await Promise.all([job(SEED.s003), job(SEED.s000)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const result = snapshot(dir);
    expect(orders.some((o) => o.size === result.size && [...o].every(([p, t]) => result.get(p) === t))).toBe(true);
    expect(manifestMismatches(dir)).toEqual([]);
    expect(Object.keys(JSON.parse(result.get('.import-manifest.json')!).files)).toHaveLength(result.size - 1);
    expect(leftovers(dir)).toEqual([]);
  }, 300_000);

  test('when the wait is over, the second import refuses, naming the process that holds the folder, and writes nothing', async () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s004]);
    const release = acquireLock(dir);
    const before = snapshot(dir);
    try {
      const r = await runCli('scripts/import.ts', [SEED.s003, '--content-dir', dir], {
        SPB_IMPORT_LOCK_WAIT_SECONDS: '1',
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`内容目录正被另一个导入程序使用（进程 ${process.pid}，主机 ${hostname()}，开始于 `);
      expect(r.stderr).toContain(join(dir, '.import.lock'));
      expect(r.stderr).toContain('未写入任何文件');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(dir)).toEqual(before);
    } finally {
      release();
    }
    expect(readdirSync(dir)).not.toContain('.import.lock');
  }, 300_000);
});

describe('stale and foreign locks', () => {
  test('a lock left by a process that no longer runs is taken over, and its temporary file removed', () => {
    const dir = tempContentDir();
    staleLock(dir);
    const tmp = `.import.lock.${deadPid()}.0123abcd.tmp`;
    writeFileSync(join(dir, tmp), '{}');
    const result = importInto(dir, [SEED.s004]);
    expect(result.written).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a lock held by a process on another machine is not judged stale: the import refuses', () => {
    const dir = tempContentDir();
    staleLock(dir, 'another-host');
    expect(() => importInto(dir, [SEED.s004])).toThrow(/内容目录正被另一个导入程序使用（进程 \d+，主机 another-host/);
    expect(readdirSync(dir)).toEqual(['.import.lock']);
  });
});

describe('staging folders of older importers', () => {
  test('one holding moved-aside published files is reported and kept; the import refuses', () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s004]);
    const legacy = join(dir, '.import-staging-Xy12ab');
    mkdirSync(join(legacy, 'old'), { recursive: true });
    writeFileSync(join(legacy, 'old', '3'), '---\ntitle: 被移开的文件\n---\n');
    const before = snapshot(dir);
    expect(() => importInto(dir, [SEED.s003])).toThrow(
      /\.import-staging-Xy12ab：旧版导入程序中断后留下的暂存目录，其中 old\/ 里有 1 个被移开的已发布文件[\s\S]*请从版本库恢复内容目录/,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  test('one without moved-aside files is removed, and the import says so', () => {
    const dir = tempContentDir();
    mkdirSync(join(dir, '.import-staging-Zz99cd', 'new'), { recursive: true });
    writeFileSync(join(dir, '.import-staging-Zz99cd', 'new', '0'), 'never published');
    const result = importInto(dir, [SEED.s004]);
    expect(result.recovered).toEqual([
      `已删除中断的导入留下的暂存目录 ${join(dir, '.import-staging-Zz99cd')}（其中没有已发布的文件）。`,
    ]);
    expect(leftovers(dir)).toEqual([]);
  });
});
