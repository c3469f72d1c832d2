/** Runs a command under GNU time and returns its wall time, peak memory and output. */
import { spawnSync } from 'node:child_process';

export interface Measured {
  seconds: number;
  /** Peak resident memory of the largest process in the command's tree, in MB. */
  peakMB: number;
  output: string;
  status: number | null;
}

export function measure(command: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Measured {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', ...command], {
    cwd: options.cwd, env: { ...process.env, ...options.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const output = `${run.stdout}\n${run.stderr}`;
  const peak = /PEAK_KB=(\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed (exit ${run.status}):\n${output.slice(-4000)}`);
  return { seconds, peakMB: peak ? Number(peak[1]) / 1024 : NaN, output, status: run.status };
}

/** Durations Astro prints for its phases ("[content] Synced content", "Completed in 1.2s", "N page(s) built in 3.4s"). */
export function astroPhases(output: string): Record<string, number> {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const phases: Record<string, number> = {};
  const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);
  const content = /Synced content[^\n]*?in ([\d.]+)(ms|s)/.exec(plain);
  if (content) phases.contentSync = seconds(content[1], content[2]);
  const pages = /page\(s\) built in ([\d.]+)(ms|s)/.exec(plain);
  if (pages) phases.astroTotal = seconds(pages[1], pages[2]);
  const completed = [...plain.matchAll(/Completed in ([\d.]+)(ms|s)/g)].map((m) => seconds(m[1], m[2]));
  if (completed.length) phases.staticRoutes = completed.at(-1)!;
  const pagefind = /\[pagefind\][^\n]*?in ([\d.]+)(ms|s)/.exec(plain);
  if (pagefind) phases.pagefind = seconds(pagefind[1], pagefind[2]);
  return phases;
}
