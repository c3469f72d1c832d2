/**
 * content/.import-journal.json: written (fsync'd, renamed into place) before
 * an import moves its first file, removed after its last. While it exists the
 * folder may hold a mix of old and new files; recovery (recover.ts) reads it
 * to put every replaced file back and remove every created one.
 *
 * {
 *   "version": 1, "pid": 4242, "host": "web1", "started": "2026-12-06T08:00:00.000Z",
 *   "staging": ".import-staging-Ab12Cd",       // folder inside the content folder
 *   "dirs": ["glossary"],                       // folders the commit creates, outermost first
 *   "files": [{ "path": "notices/a.mdx", "staged": "new/0", "backup": "old/0" | null }]
 * }
 * `staged` is the complete new file (fsync'd before the journal is written);
 * `backup` is a hard link to (or copy of) the file it replaces, null for a new file.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { replaceSynced, syncDir } from './durable.ts';

export const JOURNAL_NAME = '.import-journal.json';
export const STAGING_PREFIX = '.import-staging-';
/** Written first into every staging folder of this version; folders without it come from older importers. */
export const STAGING_MARKER = 'journaled';

export interface JournalFile {
  path: string;
  staged: string;
  backup: string | null;
}

export interface Journal {
  version: 1;
  pid: number;
  host: string;
  started: string;
  staging: string;
  dirs: string[];
  files: JournalFile[];
}

export function newJournal(staging: string, dirs: string[], files: JournalFile[]): Journal {
  return { version: 1, pid: process.pid, host: hostname(), started: new Date().toISOString(), staging, dirs, files };
}

export function writeJournal(contentDir: string, journal: Journal): void {
  replaceSynced(join(contentDir, JOURNAL_NAME), `${JSON.stringify(journal, null, 2)}\n`);
}

/** The unfinished commit's journal, or null. Throws a Chinese message (without the path) when it cannot be understood. */
export function readJournal(contentDir: string): Journal | null {
  const path = join(contentDir, JOURNAL_NAME);
  if (!existsSync(path)) return null;
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`未完成的导入记录不是有效的 JSON，无法自动恢复；请从版本库恢复内容目录后删除该文件`);
  }
  const inside = (p: unknown) => typeof p === 'string' && p !== '' && !isAbsolute(p) && !p.split('/').includes('..');
  const valid =
    journal?.version === 1 &&
    inside(journal.staging) &&
    journal.staging.startsWith(STAGING_PREFIX) &&
    Array.isArray(journal.dirs) &&
    journal.dirs.every(inside) &&
    Array.isArray(journal.files) &&
    journal.files.every((f) => inside(f?.path) && inside(f?.staged) && (f.backup === null || inside(f.backup)));
  if (!valid)
    throw new Error(
      `未完成的导入记录格式不对（应有 version 1、staging、dirs 和 files），无法自动恢复；请从版本库恢复内容目录后删除该文件`,
    );
  return journal;
}

/** The commit is over (finished or undone). Remove the journal before the staging folder it points to. */
export function removeJournal(contentDir: string): void {
  rmSync(join(contentDir, JOURNAL_NAME), { force: true });
  syncDir(contentDir);
}
