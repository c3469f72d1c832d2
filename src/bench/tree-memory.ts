/**
 * Resident memory of a process and all its descendants, sampled from /proc (Linux).
 * GNU time reports only the largest single process; a build runs Node and the Pagefind
 * binary side by side, and what a machine must have is their sum.
 */
import { existsSync, readFileSync } from 'node:fs';

function childrenOf(pid: number): number[] {
  const path = `/proc/${pid}/task/${pid}/children`;
  if (!existsSync(path)) return [];
  try {
    return readFileSync(path, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return []; // the process ended between the check and the read
  }
}

function rssKB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Sum of the resident memory of `pid` and its descendants now, in MB. */
export function treeRssMB(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const next = pending.pop()!;
    total += rssKB(next);
    pending.push(...childrenOf(next));
  }
  return total / 1024;
}

/** Samples the tree every `ms` until stopped; returns the highest sum seen. */
export function sampleTreeMemory(pid: number, ms = 250): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMB(pid));
  }, ms);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
