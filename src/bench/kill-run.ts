/**
 * One run of the kill benchmark: the real import command, started on a copy of
 * a prepared content folder and killed at a chosen moment; then the recovery
 * every import, check and build runs; then the folder is compared with the
 * state before the import and the state an uninterrupted import leaves.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JOURNAL_NAME } from '../importer/write/journal.ts';
import { recoverContentDir } from '../importer/write/recover.ts';

export type Tree = Map<string, string>;

export interface KillPlan {
  /** Kill this many ms after the start, or — with afterJournal — after the commit's journal appears. */
  delayMs: number;
  afterJournal: boolean;
  signal: NodeJS.Signals;
}

export interface RunOutcome {
  killed: boolean;
  /** The journal existed when the kill landed: the commit had begun and not finished. */
  duringCommit: boolean;
  /** Files of the earlier state absent right after the kill (before any recovery). */
  absentAtKill: string[];
  ended: 'before' | 'after' | 'mixed';
  /** Files of the earlier state absent after recovery. */
  missing: string[];
  leftovers: string[];
  manifestWrong: string[];
  /** Recovery could not repair the folder by itself (its message), e.g. a staging folder without a journal. */
  refused: string | null;
}

/** Every file under a folder with a hash of its bytes (with `published`, only what the site reads: no hidden names). */
export function tree(dir: string, published = false): Tree {
  const out: Tree = new Map();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (published && e.name.startsWith('.import') && e.name !== '.import-manifest.json') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const same = (a: Tree, b: Tree) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

export async function killRun(command: string[], env: NodeJS.ProcessEnv, dir: string, plan: KillPlan, before: Tree, after: Tree): Promise<RunOutcome> {
  const child = spawn(command[0], command.slice(1), { env, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // 'close' comes once the process is reaped, so recovery does not see its pid as alive.
  const closed = new Promise((resolve) => child.on('close', resolve));
  let duringCommit = false;
  const kill = () => {
    duringCommit = existsSync(join(dir, JOURNAL_NAME));
    child.kill(plan.signal);
  };
  let timer: NodeJS.Timeout;
  if (plan.afterJournal) {
    const poll = setInterval(() => {
      if (!existsSync(join(dir, JOURNAL_NAME))) return;
      clearInterval(poll);
      timer = setTimeout(kill, plan.delayMs);
    }, 2);
    void exited.then(() => clearInterval(poll));
  } else timer = setTimeout(kill, plan.delayMs);
  const signal = await exited;
  clearTimeout(timer!);
  await closed;
  const absentAtKill = [...before.keys()].filter((p) => !existsSync(join(dir, p)));
  let refused: string | null = null;
  try {
    recoverContentDir(dir, { waitMs: 10_000 });
  } catch (error) {
    refused = (error as Error).message;
  }
  const now = tree(dir, true);
  const manifest = join(dir, '.import-manifest.json');
  const recorded: Record<string, { sha256: string }> = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).files : {};
  return {
    killed: signal !== null,
    duringCommit: signal !== null && duringCommit,
    absentAtKill,
    ended: same(now, before) ? 'before' : same(now, after) ? 'after' : 'mixed',
    missing: [...before.keys()].filter((p) => !now.has(p)),
    leftovers: readdirSync(dir).filter((n) => n.startsWith('.import') && n !== '.import-manifest.json'),
    manifestWrong: Object.entries(recorded).filter(([p, e]) => now.get(p) !== e.sha256).map(([p]) => p),
    refused,
  };
}
