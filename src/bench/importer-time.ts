/** Times the importer (read + structure + plan, no writing) on the largest seed export. */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareImport } from '../importer/run.ts';

export function importerTime(seedsDir: string, runs = 5): { file: string; bytes: number; medianMs: number; runs: number } {
  const largest = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ f, bytes: statSync(join(seedsDir, f)).size }))
    .sort((a, b) => b.bytes - a.bytes)[0];
  const contentDir = mkdtempSync(join(tmpdir(), 'spb-bench-import-'));
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      prepareImport({ files: [join(seedsDir, largest.f)], contentDir });
      times.push(performance.now() - started);
    }
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return { file: largest.f, bytes: largest.bytes, medianMs: times[Math.floor(times.length / 2)], runs };
}
