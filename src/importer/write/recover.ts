/**
 * Finds what an interrupted import left in a content folder and repairs it,
 * under the folder's lock: an unfinished commit is rolled back from its
 * journal (rollback.ts); staging folders and temporary files no journal needs
 * are removed. Run by every import, by `npm run check` and before every build.
 * A staging folder from an older importer without a journal may hold the only
 * copy of a published file: it is reported, never removed.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNAL_NAME, readJournal, STAGING_MARKER, STAGING_PREFIX, type Journal } from './journal.ts';
import { acquireLock, LOCK_NAME, processAlive, type LockOptions } from './lock.ts';
import { rollBack, type RollbackHooks } from './rollback.ts';

const LOCK_TMP = new RegExp(`^${LOCK_NAME.replace(/\./g, '\\.')}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);

/** A folder recovery cannot repair by itself: `file` is what to look at, the message says what to do. */
export class RecoveryError extends Error {
  override name = 'RecoveryError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** True when the folder holds anything an interrupted import may have left. */
export function needsRecovery(contentDir: string): boolean {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) return false;
  return readdirSync(contentDir).some(
    (n) =>
      n === JOURNAL_NAME ||
      n === `${JOURNAL_NAME}.tmp` ||
      n === LOCK_NAME ||
      n.startsWith(STAGING_PREFIX) ||
      LOCK_TMP.test(n),
  );
}

/** Takes the lock (when there is anything to do), repairs, releases. Returns one Chinese line per repair. */
export function recoverContentDir(contentDir: string, options: LockOptions = {}, hooks: RollbackHooks = {}): string[] {
  if (!needsRecovery(contentDir)) return [];
  const release = acquireLock(contentDir, options);
  try {
    return recoverLocked(contentDir, hooks);
  } finally {
    release();
  }
}

/** The repair itself; the caller holds the lock. */
export function recoverLocked(contentDir: string, hooks: RollbackHooks = {}): string[] {
  const notes: string[] = [];
  let journal: Journal | null;
  try {
    journal = readJournal(contentDir);
  } catch (error) {
    throw new RecoveryError(join(contentDir, JOURNAL_NAME), (error as Error).message);
  }
  if (journal) {
    const { restored, removed } = rollBack(contentDir, journal, hooks);
    notes.push(
      `上次导入（进程 ${journal.pid}，开始于 ${journal.started}）在写入途中中断：已把 ${contentDir} 恢复为那次导入之前的状态（放回 ${restored} 个被替换的文件，删除 ${removed} 个新建的文件）。请重新运行那次导入。`,
    );
  }
  rmSync(join(contentDir, `${JOURNAL_NAME}.tmp`), { force: true });
  const legacy: string[] = [];
  for (const name of readdirSync(contentDir).sort()) {
    const path = join(contentDir, name);
    const pid = LOCK_TMP.exec(name)?.[1];
    if (pid && !processAlive(Number(pid))) rmSync(path, { force: true });
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const moved = existsSync(join(path, STAGING_MARKER)) ? 0 : filesIn(join(path, 'old'));
    if (moved > 0) {
      legacy.push(
        `${name}：旧版导入程序中断后留下的暂存目录，其中 old/ 里有 ${moved} 个被移开的已发布文件，内容目录里可能缺少这些文件`,
      );
      continue;
    }
    rmSync(path, { recursive: true, force: true });
    notes.push(`已删除中断的导入留下的暂存目录 ${path}（其中没有已发布的文件）。`);
  }
  if (legacy.length)
    throw new RecoveryError(
      contentDir,
      `${legacy.join('；\n')}。\n无法自动判断这些文件原来的位置：请从版本库恢复内容目录（如 git checkout -- content 再 git clean -fd content），或核对后把文件放回原处，再删除上述目录。`,
    );
  return notes;
}

function filesIn(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).length : 0;
}
