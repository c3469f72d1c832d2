/**
 * File operations for keeping the last build's output folder (src/integrations/keep-output.ts):
 * a time stamp taken from the file system's own clock, the removal of every file a build
 * neither wrote nor kept, and the emptying that Astro does when the folder cannot be kept.
 */
import { lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Never touched: Astro's own emptying of the output folder leaves it too. */
const SPARED = '.git';

/**
 * The file system's current time, as the modification time it gives a file written now
 * (in nanoseconds). Files written later have this time or a later one; the process clock
 * could be ahead of the file system's coarser one, and a file written just after it would
 * then look older.
 */
export function fileSystemNow(dir: string): bigint {
  mkdirSync(dir, { recursive: true });
  const probe = join(dir, `.keep-output-${process.pid}`);
  writeFileSync(probe, '');
  try {
    return statSync(probe, { bigint: true }).mtimeNs;
  } finally {
    unlinkSync(probe);
  }
}

/**
 * Removes every file under `dir` that is not in `keep` (absolute paths) and was last
 * written before `since`, then the folders this left empty; top-level folders named in
 * `leave` are not looked into. Returns the number of files removed.
 */
export function pruneOutput(
  dir: string,
  keep: ReadonlySet<string>,
  since: bigint,
  leave: ReadonlySet<string> = new Set(),
): number {
  let removed = 0;
  /** True when the folder was emptied here (a folder that was empty before is left). */
  const prune = (folder: string, top: boolean): boolean => {
    let left = 0;
    let emptied = false;
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, item.name);
      if (top && (item.name === SPARED || leave.has(item.name))) left++;
      else if (item.isDirectory()) {
        if (prune(path, false)) {
          rmdirSync(path);
          emptied = true;
        } else left++;
      } else if (keep.has(path) || lstatSync(path, { bigint: true }).mtimeNs >= since) left++;
      else {
        rmSync(path, { force: true });
        removed++;
        emptied = true;
      }
    }
    return emptied && left === 0;
  };
  prune(dir, true);
  return removed;
}

/** Empties `dir` as Astro does before a build (everything but .git). */
export function emptyFolder(dir: string): void {
  let items: string[];
  try {
    items = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of items) if (name !== SPARED) rmSync(join(dir, name), { recursive: true, force: true });
}

/** Relative paths of the files under `dir`, with / separators. */
export function filesUnder(dir: string, prefix = ''): string[] {
  let items;
  try {
    items = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return items.flatMap((item) => {
    const rel = prefix ? `${prefix}/${item.name}` : item.name;
    return item.isDirectory() ? filesUnder(join(dir, item.name), rel) : [rel];
  });
}
