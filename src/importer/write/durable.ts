/**
 * File-system primitives for crash-safe commits: a rename is only durable once
 * the file's data and its folder entry are on disk, so both are fsync'd.
 */
import { closeSync, copyFileSync, fsyncSync, linkSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes a file and flushes it to disk before returning. */
export function writeSynced(path: string, text: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text, null, 'utf8');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (renames, links, unlinks inside it). */
export function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a folder; the rename itself is still atomic.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Writes a file under a temporary name, then renames it over `path`: readers see the old or the new file, never a part. */
export function replaceSynced(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  writeSynced(tmp, text);
  renameSync(tmp, path);
  syncDir(dirname(path));
}

/** A second name for `path` (a copy where hard links are not supported), so the original survives a rename over it. */
export function keepCopy(path: string, copy: string): void {
  try {
    linkSync(path, copy);
  } catch {
    copyFileSync(path, copy);
    const fd = openSync(copy, 'r+');
    fsyncSync(fd);
    closeSync(fd);
  }
}

/** Blocks the (synchronous) import for `ms` milliseconds. */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
