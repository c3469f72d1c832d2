/**
 * npm run bench:import-kills [-- --runs 60] [--slow-ms 40] [--seeds ../shared/seeds] [--parallel 2]
 *
 * Kills real imports (`npm run import`) at random moments, many times, with
 * SIGKILL, SIGTERM or SIGINT, on a disk slowed by --slow-ms per rename; then
 * recovers each folder as the next import, check or build would, and reports:
 * runs, kills (how many inside the commit), folders ended as before the import,
 * as after it, or mixed, and documents missing. Mixed and missing must be 0
 * (exit code 1 otherwise). Half the kills are timed from the start of the
 * import, half from the moment its commit journal appears.
 * Scenarios alternate: a fresh import of one seed, and a --force update of one.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { killRun, tree, type RunOutcome, type Tree } from '../src/bench/kill-run.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(option('runs', '60'));
const slowMs = option('slow-ms', '40');
const parallel = Number(option('parallel', '2'));
const seedsDir = resolve(option('seeds', '../shared/seeds'));
const seeds = readdirSync(seedsDir)
  .filter((f) => /^00[023]_.*\.txt$/.test(f))
  .map((f) => join(seedsDir, f));
const SIGNALS: NodeJS.Signals[] = ['SIGKILL', 'SIGTERM', 'SIGINT'];
const work = mkdtempSync(join(tmpdir(), 'spb-kill-bench-'));
const env = { ...process.env, SPB_SLOW_RENAME_MS: slowMs, SPB_IMPORT_LOCK_WAIT_SECONDS: '0' };
const importCommand = (dir: string, seed: string, force: boolean) => [
  process.execPath,
  '--import',
  'tsx',
  '--import',
  resolve('src/bench/slow-rename.ts'),
  resolve('scripts/import.ts'),
  seed,
  '--content-dir',
  dir,
  ...(force ? ['--force'] : []),
];

interface Scenario {
  name: string;
  seed: string;
  force: boolean;
  pre: string;
  before: Tree;
  after: Tree;
  ms: number;
}

/** An earlier import of the seed with other wording in every notice: the --force update replaces them all. */
function olderImport(dir: string): void {
  const manifestPath = join(dir, '.import-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const name of readdirSync(join(dir, 'notices'))) {
    const text = readFileSync(join(dir, 'notices', name), 'utf8').replace(/。\n/, '。（旧稿）\n');
    writeFileSync(join(dir, 'notices', name), text);
    manifest.files[`notices/${name}`].sha256 = createHash('sha256').update(text).digest('hex');
  }
  writeFileSync(manifestPath, JSON.stringify(manifest));
}

async function prepare(seed: string, force: boolean): Promise<Scenario> {
  const pre = mkdtempSync(join(work, 'pre-'));
  if (force) {
    await killRun(
      importCommand(pre, seed, false),
      process.env,
      pre,
      { delayMs: 1e9, afterJournal: false, signal: 'SIGKILL' },
      new Map(),
      new Map(),
    );
    olderImport(pre);
  }
  const done = mkdtempSync(join(work, 'done-'));
  cpSync(pre, done, { recursive: true });
  const started = Date.now();
  await killRun(
    importCommand(done, seed, force),
    env,
    done,
    { delayMs: 1e9, afterJournal: false, signal: 'SIGKILL' },
    new Map(),
    new Map(),
  );
  const name = `${force ? '--force 更新' : '新导入'} ${seed.split('/').pop()}`;
  return { name, seed, force, pre, before: tree(pre), after: tree(done), ms: Date.now() - started };
}

const scenarios: Scenario[] = [];
for (const seed of seeds) for (const force of [false, true]) scenarios.push(await prepare(seed, force));
for (const s of scenarios) console.error(`${s.name}：${s.after.size} 个文件，不中断时约 ${s.ms} 毫秒`);

const outcomes: (RunOutcome & { scenario: string })[] = [];
let next = 0;
async function worker(): Promise<void> {
  for (let i = next++; i < runs; i = next++) {
    const s = scenarios[i % scenarios.length];
    const dir = mkdtempSync(join(work, 'run-'));
    cpSync(s.pre, dir, { recursive: true });
    const afterJournal = Math.random() < 0.5;
    const plan = {
      afterJournal,
      delayMs: Math.random() * (afterJournal ? s.after.size * Number(slowMs) : s.ms * 1.1),
      signal: SIGNALS[Math.floor(Math.random() * 3)],
    };
    outcomes.push({
      scenario: s.name,
      ...(await killRun(importCommand(dir, s.seed, s.force), env, dir, plan, s.before, s.after)),
    });
    rmSync(dir, { recursive: true, force: true });
    if (outcomes.length % 10 === 0) console.error(`已完成 ${outcomes.length}/${runs}`);
  }
}
mkdirSync(work, { recursive: true });
await Promise.all(Array.from({ length: parallel }, worker));

const count = (f: (o: RunOutcome) => boolean) => outcomes.filter(f).length;
const report = {
  runs: outcomes.length,
  kills: count((o) => o.killed),
  killsDuringCommit: count((o) => o.duringCommit),
  endedBefore: count((o) => o.ended === 'before'),
  endedAfter: count((o) => o.ended === 'after'),
  mixed: count((o) => o.ended === 'mixed'),
  documentsMissing: outcomes.reduce((n, o) => n + o.missing.length, 0),
  absentDuringKill: outcomes.reduce((n, o) => n + o.absentAtKill.length, 0),
  leftovers: count((o) => o.leftovers.length > 0),
  manifestWrong: count((o) => o.manifestWrong.length > 0),
  recoveryRefused: count((o) => o.refused !== null),
};
console.log(
  `运行 ${report.runs} 次，中断 ${report.kills} 次（其中 ${report.killsDuringCommit} 次在写入途中），恢复后为导入前 ${report.endedBefore}、导入后 ${report.endedAfter}、新旧混合 ${report.mixed}；缺失文件 ${report.documentsMissing}（中断瞬间缺失 ${report.absentDuringKill}），残留 ${report.leftovers}，清单不一致 ${report.manifestWrong}，无法自动恢复 ${report.recoveryRefused}`,
);
console.log(JSON.stringify(report));
for (const o of outcomes
  .filter((x) => x.ended === 'mixed' || x.missing.length || x.leftovers.length || x.manifestWrong.length || x.refused)
  .slice(0, 5))
  console.log(JSON.stringify(o));
rmSync(work, { recursive: true, force: true });
process.exitCode =
  report.mixed ||
  report.documentsMissing ||
  report.absentDuringKill ||
  report.leftovers ||
  report.manifestWrong ||
  report.recoveryRefused
    ? 1
    : 0;
