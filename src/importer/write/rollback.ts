/**
 * Undoes an unfinished commit from its journal: each backup is renamed back
 * over its target (so the published file is never absent), each created file
 * is removed, then the folders the commit created. Every step can be repeated,
 * so a rollback that is itself interrupted is simply run again.
 *
 * Why back and not forward: a kill is often a person pressing Ctrl-C, and the
 * folder before the import is the state they last saw; the import can be
 * rerun in seconds, and it is the state a failed import already leaves.
 */
import { existsSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { syncDir } from './durable.ts';
import { removeJournal, type Journal } from './journal.ts';

export interface RollbackHooks {
  /** Called before each file is restored (tests kill the process here). */
  beforeRestore?: (path: string, index: number) => void;
}

/** Returns how many files were put back and how many new files were removed. */
export function rollBack(
  contentDir: string,
  journal: Journal,
  hooks: RollbackHooks = {},
): { restored: number; removed: number } {
  const staging = join(contentDir, journal.staging);
  let restored = 0;
  let removed = 0;
  // Reverse order: the manifest, moved last, is put back first.
  [...journal.files].reverse().forEach((file, i) => {
    hooks.beforeRestore?.(file.path, i);
    const target = join(contentDir, file.path);
    if (file.backup) {
      const backup = join(staging, file.backup);
      // No backup left: an earlier, interrupted rollback already put this file back.
      if (existsSync(backup)) renameSync(backup, target);
      restored += 1;
    } else if (existsSync(target)) {
      rmSync(target, { force: true });
      removed += 1;
    }
  });
  for (const dir of new Set(journal.files.map((f) => dirname(join(contentDir, f.path)))))
    if (existsSync(dir)) syncDir(dir);
  for (const dir of [...journal.dirs].reverse()) removeEmptyDir(join(contentDir, dir));
  removeJournal(contentDir);
  rmSync(staging, { recursive: true, force: true });
  return { restored, removed };
}

function removeEmptyDir(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Missing (never created) or not empty (someone else's files): leave it.
  }
}
