/**
 * Crash-safe writes. Every file of an import is first written (fsync'd) to a
 * staging folder inside the content folder, and every file it replaces gets a
 * backup there (a hard link). Then a journal listing all of them is written
 * (journal.ts), and each new file is renamed over its target: a published
 * file is never absent, not even for an instant. The manifest moves last.
 * If anything fails, or the process dies, the journal lets rollBack()
 * restore the folder exactly as it was before the import (rollback.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { keepCopy, syncDir, writeSynced } from './durable.ts';
import { newJournal, removeJournal, STAGING_MARKER, STAGING_PREFIX, writeJournal, type Journal } from './journal.ts';
import { MANIFEST_NAME } from './manifest.ts';
import { rollBack } from './rollback.ts';

/** Steps after which something durable is on disk; tests and the kill benchmark stop the process there. */
export type CommitStep = 'staged' | 'journal' | 'move' | 'moved' | 'journal-removed';

export interface CommitHooks {
  /** Called before each file is moved into place (tests use it to inject a failure). */
  beforeMove?: (path: string, index: number) => void;
  /** Called after each step (`index` is the file's for 'move', else -1). */
  afterStep?: (step: CommitStep, index: number) => void;
}

export function commitFiles(
  contentDir: string,
  files: { path: string; text: string }[],
  hooks: CommitHooks = {},
): void {
  if (!files.length) return;
  mkdirSync(contentDir, { recursive: true });
  // The manifest moves last, so a manifest describing the new files never sits beside old ones.
  const ordered = [...files.filter((f) => f.path !== MANIFEST_NAME), ...files.filter((f) => f.path === MANIFEST_NAME)];
  const staging = mkdtempSync(join(contentDir, STAGING_PREFIX));
  let journal: Journal | null = null;
  try {
    writeSynced(join(staging, STAGING_MARKER), '');
    const staged = stage(contentDir, staging, ordered);
    hooks.afterStep?.('staged', -1);
    writeJournal(contentDir, staged);
    journal = staged;
    hooks.afterStep?.('journal', -1);
    for (const dir of staged.dirs) mkdirSync(join(contentDir, dir));
    staged.files.forEach((f, i) => {
      hooks.beforeMove?.(f.path, i);
      renameSync(join(staging, f.staged), join(contentDir, f.path));
      hooks.afterStep?.('move', i);
    });
    const parents = [...staged.files.map((f) => dirname(f.path)), ...staged.dirs.map((d) => dirname(d))];
    for (const dir of new Set(parents)) syncDir(join(contentDir, dir));
    hooks.afterStep?.('moved', -1);
  } catch (error) {
    if (journal) rollBack(contentDir, journal);
    else rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  removeJournal(contentDir);
  hooks.afterStep?.('journal-removed', -1);
  rmSync(staging, { recursive: true, force: true });
}

/** Writes every new file and a backup of every file it replaces; returns the journal describing them. */
function stage(contentDir: string, staging: string, files: { path: string; text: string }[]): Journal {
  mkdirSync(join(staging, 'new'));
  mkdirSync(join(staging, 'old'));
  const entries = files.map((f, i) => {
    writeSynced(join(staging, 'new', String(i)), f.text);
    const target = join(contentDir, f.path);
    if (!existsSync(target)) return { path: f.path, staged: `new/${i}`, backup: null };
    keepCopy(target, join(staging, 'old', String(i)));
    return { path: f.path, staged: `new/${i}`, backup: `old/${i}` };
  });
  for (const dir of ['new', 'old', '']) syncDir(join(staging, dir));
  return newJournal(
    basename(staging),
    missingDirs(
      contentDir,
      files.map((f) => f.path),
    ),
    entries,
  );
}

/** Folders the targets need that do not exist yet, relative to the content folder, outermost first. */
function missingDirs(contentDir: string, paths: string[]): string[] {
  const missing = new Set<string>();
  for (const path of paths) {
    for (let d = dirname(path); d !== '.' && !existsSync(join(contentDir, d)); d = dirname(d)) missing.add(d);
  }
  return [...missing].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}
