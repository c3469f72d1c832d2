/**
 * Preload for the kill benchmark (node --import tsx --import ./src/bench/slow-rename.ts):
 * a slow disk, simulated by sleeping SPB_SLOW_RENAME_MS before each fs.renameSync,
 * so that a kill lands inside an import's commit far more often.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const delay = Number(process.env.SPB_SLOW_RENAME_MS ?? 0);
if (delay > 0) {
  const rename = fs.renameSync;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  fs.renameSync = (from: fs.PathLike, to: fs.PathLike) => {
    Atomics.wait(pause, 0, 0, delay);
    rename(from, to);
  };
  // Named imports (import { renameSync } from 'node:fs') see the patched function too.
  syncBuiltinESMExports();
}
