/** Helpers for the crash and lock tests: run kill-child.ts, copy folders, check what an interrupted import may leave. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildJob } from './kill-child.ts';
import { tempContentDir } from './seeds.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./kill-child.ts', import.meta.url));

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a tsx script in a child Node process (no tsx wrapper process, so a signal reaches the import itself). */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export const runChild = (job: ChildJob): Promise<ChildResult> => runNode([CHILD, JSON.stringify(job)]);
export const runCli = (script: string, args: string[], env: Record<string, string> = {}): Promise<ChildResult> =>
  runNode([join(ROOT, script), ...args], env);

/** Runs `jobs` with at most `width` at a time (the machine is shared). */
export async function inBatches<T>(jobs: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

export function copyDir(from: string): string {
  const to = tempContentDir();
  cpSync(from, to, { recursive: true });
  return to;
}

/** Names in the content folder an import may leave behind (staging, journal, lock, temporary files). */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.startsWith('.import') && n !== '.import-manifest.json');
}

/** Manifest entries whose file is missing or differs from the recorded hash. */
export function manifestMismatches(dir: string): string[] {
  const path = join(dir, '.import-manifest.json');
  if (!existsSync(path)) return [];
  const files: Record<string, { sha256: string }> = JSON.parse(readFileSync(path, 'utf8')).files;
  return Object.entries(files)
    .filter(
      ([p, e]) =>
        !existsSync(join(dir, p)) ||
        createHash('sha256')
          .update(readFileSync(join(dir, p)))
          .digest('hex') !== e.sha256,
    )
    .map(([p]) => p);
}
