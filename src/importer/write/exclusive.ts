/**
 * Runs an import's work holding the content folder's lock, after repairing
 * whatever an interrupted import left there, and turns lock and recovery
 * problems into ImportErrors (a Chinese message naming the file, no stack).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from '../types.ts';
import { acquireLock, LOCK_NAME, LockBusyError, type LockHolder } from './lock.ts';
import { recoverLocked, RecoveryError } from './recover.ts';

export interface ExclusiveOptions {
  /** How long to wait for another import to finish (default 0: refuse at once). */
  lockWaitMs?: number;
  onLockWait?: (holder: LockHolder) => void;
}

export function withContentFolder<T>(
  contentDir: string,
  options: ExclusiveOptions,
  work: (recovered: string[]) => T,
): T {
  if (!existsSync(contentDir)) mkdirSync(contentDir, { recursive: true });
  if (!statSync(contentDir).isDirectory())
    throw new ImportError(contentDir, null, '内容目录应是一个文件夹，这里是一个文件');
  let release: () => void;
  try {
    release = acquireLock(contentDir, { waitMs: options.lockWaitMs, onWait: options.onLockWait });
  } catch (error) {
    if (error instanceof LockBusyError) throw new ImportError(error.lockPath, null, error.message);
    throw new ImportError(
      join(contentDir, LOCK_NAME),
      null,
      `无法在内容目录中创建锁文件（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}），请确认内容目录可写`,
    );
  }
  try {
    let recovered: string[];
    try {
      recovered = recoverLocked(contentDir);
    } catch (error) {
      if (error instanceof RecoveryError) throw new ImportError(error.file, null, error.message);
      throw error;
    }
    return work(recovered);
  } finally {
    release();
  }
}
