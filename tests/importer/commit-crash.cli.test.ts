/**
 * Issue 14, item 6: an import killed at any step of its commit (SIGKILL, SIGTERM
 * or SIGINT) never leaves a published file absent, and the next import, check
 * or build puts the folder back byte for byte as it was before the import
 * (or as the finished import left it, when only cleanup remained), with no
 * staging folder, journal or lock left and a manifest matching the files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { prepareImport } from '../../src/importer/run.ts';
import type { Journal } from '../../src/importer/write/journal.ts';
import { recoverContentDir } from '../../src/importer/write/recover.ts';
import contentRules from '../../src/integrations/content-rules.ts';
import { copyDir, inBatches, leftovers, manifestMismatches, runChild, runCli } from './helpers/crash.ts';
import { SEED, importInto, snapshot, tempContentDir } from './helpers/seeds.ts';

const SIGNALS: NodeJS.Signals[] = ['SIGKILL', 'SIGTERM', 'SIGINT'];

interface Scenario {
  name: string;
  prepare: () => string;
  files: string[];
  force: boolean;
}

/** An earlier import of 003 with other wording in every notice, and three glossary entries since deleted. */
function olderImport(): string {
  const dir = tempContentDir();
  importInto(dir, [SEED.s003]);
  const manifestPath = join(dir, '.import-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const name of readdirSync(join(dir, 'notices'))) {
    const path = `notices/${name}`;
    const text = readFileSync(join(dir, path), 'utf8').replace(/。\n/, '。（旧稿）\n');
    writeFileSync(join(dir, path), text);
    manifest.files[path].sha256 = createHash('sha256').update(text).digest('hex');
  }
  for (const name of readdirSync(join(dir, 'glossary')).slice(0, 3)) {
    rmSync(join(dir, 'glossary', name));
    delete manifest.files[`glossary/${name}`];
  }
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

const SCENARIOS: Scenario[] = [
  { name: 'a fresh import (43 new files)', prepare: tempContentDir, files: [SEED.s003], force: false },
  {
    name: 'a --force update (notices replaced, glossary entries created)',
    prepare: olderImport,
    files: [SEED.s003],
    force: true,
  },
];

/** Paths whose bytes differ between two snapshots. */
function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p)).sort();
}

describe.each(SCENARIOS)('killed during $name', (scenario) => {
  const pre = scenario.prepare();
  const before = snapshot(pre);
  const finished = copyDir(pre);
  const result = importInto(finished, scenario.files, { force: scenario.force });
  const after = snapshot(finished);
  // The planned files, committed by each child without re-reading the exports (see kill-child.ts).
  const planFile = join(tempContentDir(), 'plan.json');
  writeFileSync(
    planFile,
    JSON.stringify(
      prepareImport({ files: scenario.files, contentDir: pre, force: scenario.force }).plan.changes.filter(
        (c) => c.action !== 'unchanged',
      ),
    ),
  );

  test('at every step of the commit, with the folder exactly as before (or as after, once only cleanup was left)', async () => {
    expect(result.written).toBe(true);
    expect(differing(before, after).length).toBeGreaterThanOrEqual(8);
    const counted = copyDir(pre);
    const full = await runChild({ mode: 'commit', contentDir: counted, planFile });
    expect(full.stderr).toBe('');
    const { calls } = JSON.parse(full.stdout);
    const moves = result.plan.changes.filter((c) => c.action !== 'unchanged').length;
    // staged, journal, one per move, moved, journal-removed
    expect(calls).toBe(moves + 4);
    expect(differing(snapshot(counted), after)).toEqual([]);

    const outcomes = await inBatches(
      Array.from({ length: calls }, (_, i) => i + 1).map((k) => async () => {
        const dir = copyDir(pre);
        const signal = SIGNALS[k % SIGNALS.length];
        const run = await runChild({ mode: 'commit', contentDir: dir, planFile, killAt: k, signal });
        const absent = [...before.keys()].filter((p) => !existsSync(join(dir, p)));
        const notes = recoverContentDir(dir);
        const expected = k === calls ? after : before;
        return {
          k,
          signal: run.signal,
          absent,
          notes,
          diff: differing(snapshot(dir), expected),
          left: leftovers(dir),
          manifest: manifestMismatches(dir),
        };
      }),
    );
    const wrong = outcomes.filter(
      (o) => o.signal === null || o.absent.length || o.diff.length || o.left.length || o.manifest.length,
    );
    expect(wrong).toEqual([]);
    // Every kill after the journal was written was reported as rolled back.
    expect(outcomes.filter((o) => o.notes.some((n) => n.includes('在写入途中中断'))).map((o) => o.k)).toEqual(
      Array.from({ length: calls - 2 }, (_, i) => i + 2),
    );
  }, 900_000);

  test('the next import recovers and then completes as if never interrupted', async () => {
    const dir = copyDir(pre);
    const killed = await runChild({
      mode: 'import',
      contentDir: dir,
      files: scenario.files,
      force: scenario.force,
      killAt: 8,
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(readdirSync(dir)).toContain('.import-journal.json');
    const next = await runCli('scripts/import.ts', [
      ...scenario.files,
      '--content-dir',
      dir,
      ...(scenario.force ? ['--force'] : []),
    ]);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/上次导入（进程 \d+，开始于 [^）]+）在写入途中中断：已把 .* 恢复为那次导入之前的状态/);
    expect(differing(snapshot(dir), after)).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  }, 300_000);
});

describe('recovery outside the importer', () => {
  test('npm run check rolls back an interrupted import before checking', async () => {
    const dir = olderImport();
    const before = snapshot(dir);
    expect(
      (await runChild({ mode: 'import', contentDir: dir, files: [SEED.s003], force: true, killAt: 6 })).signal,
    ).toBe('SIGKILL');
    const check = await runCli('scripts/check-content.ts', ['--content-dir', dir, '--no-cache']);
    expect(check.stdout).toContain('在写入途中中断');
    expect(differing(snapshot(dir), before)).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  }, 300_000);

  test('the build’s content-rules integration rolls back an interrupted import before checking', async () => {
    const root = tempContentDir();
    const dir = join(root, 'content');
    importInto(dir, [SEED.s004]);
    const before = snapshot(dir);
    expect((await runChild({ mode: 'import', contentDir: dir, files: [SEED.s003], killAt: 20 })).signal).toBe(
      'SIGKILL',
    );
    expect(differing(snapshot(dir), before).length).toBeGreaterThan(10);
    const logged: string[] = [];
    const logger = { warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m), info: () => {} };
    const setup = contentRules({ contentDir: 'content' }).hooks['astro:config:setup'] as any;
    setup({ config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) }, logger });
    expect(logged.some((m) => m.includes('在写入途中中断'))).toBe(true);
    expect(differing(snapshot(dir), before)).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  }, 300_000);

  test('a damaged journal stops the import with a message naming it, and nothing is touched', () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s004]);
    writeFileSync(join(dir, '.import-journal.json'), '{"version": 1, "staging": "../../etc"');
    const before = snapshot(dir);
    expect(() => importInto(dir, [SEED.s003])).toThrow(
      `${join(dir, '.import-journal.json')}: 未完成的导入记录不是有效的 JSON，无法自动恢复`,
    );
    writeFileSync(
      join(dir, '.import-journal.json'),
      JSON.stringify({ version: 1, staging: '../../etc', dirs: [], files: [] }),
    );
    expect(() => importInto(dir, [SEED.s003])).toThrow('未完成的导入记录格式不对');
    expect(snapshot(dir).size).toBe(before.size);
    expect(readdirSync(dir)).not.toContain('.import.lock');
  });

  test('a recovery killed at every step of its rollback is finished by the next one', async () => {
    const pre = olderImport();
    const before = snapshot(pre);
    const interrupted = copyDir(pre);
    const planFile = join(tempContentDir(), 'plan.json');
    writeFileSync(
      planFile,
      JSON.stringify(
        prepareImport({ files: [SEED.s003], contentDir: pre, force: true }).plan.changes.filter(
          (c) => c.action !== 'unchanged',
        ),
      ),
    );
    expect((await runChild({ mode: 'commit', contentDir: interrupted, planFile, killAt: 8 })).signal).toBe('SIGKILL');
    const journal: Journal = JSON.parse(readFileSync(join(interrupted, '.import-journal.json'), 'utf8'));
    const outcomes = await inBatches(
      journal.files.map((_, i) => async () => {
        const dir = copyDir(interrupted);
        const run = await runChild({ mode: 'recover', contentDir: dir, killAt: i + 1 });
        const absent = [...before.keys()].filter((p) => !existsSync(join(dir, p)));
        recoverContentDir(dir);
        return { k: i + 1, signal: run.signal, absent, diff: differing(snapshot(dir), before), left: leftovers(dir) };
      }),
    );
    expect(outcomes.length).toBeGreaterThanOrEqual(8);
    expect(outcomes.filter((o) => o.signal !== 'SIGKILL' || o.absent.length || o.diff.length || o.left.length)).toEqual(
      [],
    );
  }, 900_000);
});
