/**
 * Runs a build under GNU time and returns its wall time, peak memory and phases.
 * Phases come from the moments Astro prints its progress lines (each line is
 * time-stamped as it arrives), so they need no cooperation from Astro.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { sampleTreeMemory } from './tree-memory.ts';

export interface Measured {
  seconds: number;
  /** Peak resident memory of the largest process in the command's tree, in MB (GNU time). */
  peakMB: number;
  /** Peak of the summed resident memory of all the command's processes at once, in MB (sampled every 250 ms). */
  peakTreeMB: number;
  /** Seconds spent in each phase of an Astro build (see PHASE_MARKS). */
  phases: Record<string, number>;
  /** Pages Astro rendered, and pages its incremental build took from the last build (copied from its cache, or left in place: src/integrations/keep-output.ts). */
  pages: { rendered: number; restored: number };
  output: string;
}

/** The line that ends each phase, in order; a phase runs from the previous mark (or the start) to its own. */
const PHASE_MARKS: [phase: string, mark: RegExp][] = [
  ['startAndChecks', /\[content\] Syncing content/],
  ['contentSync', /\[content\] Synced content/],
  ['collectBuildInfo', /Building static entrypoints/],
  ['vite', /generating static routes/],
  ['renderPages', /✓ Completed in /],
  ['searchIndex', /\[pagefind-search\] 搜索索引/],
];

/** Phase durations from time-stamped lines. */
export function phasesOf(lines: { at: number; text: string }[], end: number): Record<string, number> {
  const phases: Record<string, number> = {};
  let from = 0;
  let next = 0;
  for (const { at, text } of lines) {
    const plain = stripVTControlCharacters(text);
    // Only the next mark counts: Astro prints "✓ Completed in" after several phases.
    if (next >= PHASE_MARKS.length || !PHASE_MARKS[next][1].test(plain)) continue;
    phases[PHASE_MARKS[next][0]] = (at - from) / 1000;
    from = at;
    next++;
  }
  phases.rest = (end - from) / 1000;
  return phases;
}

/** Pages rendered (Astro prints the time each took) and taken from the last build ("(restored)" from its cache, "(cached)" left in place). */
export function pagesOf(lines: string[]): Measured['pages'] {
  return {
    rendered: lines.filter((text) => /\(\+\d+ms\)/.test(text)).length,
    restored: lines.filter((text) => /\((?:restored|cached)\)/.test(text)).length,
  };
}

export function measure(command: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'PEAK_KB=%M', ...command], { cwd: options.cwd, env: { ...process.env, ...options.env } });
  const memory = sampleTreeMemory(child.pid!);
  const lines: { at: number; text: string }[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ at: performance.now() - started, text }));
  }
  return new Promise((resolve, reject) => {
    child.on('close', (status) => {
      const end = performance.now() - started;
      const peakTreeMB = memory.stop();
      const output = lines.map((l) => l.text).join('\n');
      if (status !== 0) return reject(new Error(`${command.join(' ')} failed (exit ${status}):\n${output.slice(-4000)}`));
      const peak = /PEAK_KB=(\d+)/.exec(output);
      resolve({
        seconds: end / 1000,
        peakMB: peak ? Number(peak[1]) / 1024 : NaN,
        peakTreeMB,
        phases: phasesOf(lines, end),
        pages: pagesOf(lines.map((l) => l.text)),
        output,
      });
    });
  });
}
