/**
 * content/.import.lock: one import (or recovery) at a time per content folder.
 * The lock file holds {pid, host, started, token}; it is created complete by
 * hard-linking a temporary file to the lock's name, which fails if the lock
 * exists. A lock whose process is gone (same host, pid not running) is stale
 * and taken over; only the holder of `.import.lock.takeover` (created with
 * O_EXCL, held for a few system calls) may remove it, so two imports cannot
 * both take over the same stale lock.
 */
import { linkSync, openSync, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sleepSync, writeSynced } from './durable.ts';

export const LOCK_NAME = '.import.lock';
const TAKEOVER_NAME = `${LOCK_NAME}.takeover`;
/** A takeover guard older than this belongs to a process that died inside it. */
const TAKEOVER_ABANDONED_MS = 10_000;

export interface LockHolder {
  pid: number;
  host: string;
  started: string;
  token: string;
}

export interface LockOptions {
  /** How long to wait for another import to finish before refusing (default 0). */
  waitMs?: number;
  /** Called once when the folder is busy and the caller starts waiting. */
  onWait?: (holder: LockHolder) => void;
}

export class LockBusyError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
  ) {
    super(
      `内容目录正被另一个导入程序使用（进程 ${holder.pid}，主机 ${holder.host}，开始于 ${holder.started}），锁文件 ${lockPath}。请等它结束后再试；如果确定该进程已不在运行，可删除这个锁文件后重试。`,
    );
    this.name = 'LockBusyError';
  }
}

/** Takes the content folder's lock (waiting up to `waitMs`); returns the function that releases it. */
export function acquireLock(contentDir: string, options: LockOptions = {}): () => void {
  const lockPath = join(contentDir, LOCK_NAME);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  const tmp = join(contentDir, `${LOCK_NAME}.${process.pid}.${me.token}.tmp`);
  writeSynced(tmp, `${JSON.stringify(me)}\n`);
  const deadline = Date.now() + (options.waitMs ?? 0);
  let told = false;
  try {
    for (;;) {
      try {
        linkSync(tmp, lockPath);
        return () => releaseLock(lockPath, me.token);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(lockPath);
      if (!holder) continue;
      if (isStale(holder)) {
        takeOver(contentDir, lockPath, holder);
        continue;
      }
      if (Date.now() >= deadline) throw new LockBusyError(lockPath, holder);
      if (!told) options.onWait?.(holder);
      told = true;
      sleepSync(100);
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}

function releaseLock(lockPath: string, token: string): void {
  if (readHolder(lockPath)?.token === token) rmSync(lockPath, { force: true });
}

/** The lock's holder; null when the lock vanished meanwhile. An unreadable lock counts as stale. */
export function readHolder(lockPath: string): LockHolder | null {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text);
    if (Number.isInteger(parsed.pid) && typeof parsed.host === 'string') return parsed;
  } catch {
    // fall through
  }
  return { pid: -1, host: hostname(), started: '（无法读取）', token: text };
}

/** Gone = on this host and no such process. A lock from another host is never judged stale. */
export function isStale(holder: LockHolder): boolean {
  return holder.host === hostname() && !processAlive(holder.pid);
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeOver(contentDir: string, lockPath: string, stale: LockHolder): void {
  const guard = join(contentDir, TAKEOVER_NAME);
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch {
    if (Date.now() - modifiedAt(guard) > TAKEOVER_ABANDONED_MS) rmSync(guard, { force: true });
    else sleepSync(10);
    return;
  }
  try {
    // Still the same stale lock? (Another import may have taken it over and released it meanwhile.)
    if (readHolder(lockPath)?.token === stale.token) rmSync(lockPath, { force: true });
  } finally {
    closeSync(fd);
    rmSync(guard, { force: true });
  }
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Date.now();
  }
}
