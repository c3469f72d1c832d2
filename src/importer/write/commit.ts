/**
 * Atomic writes: every file of an import is first written to a staging folder
 * inside the content folder (same file system, so renames are atomic), then
 * moved into place; files it replaces are moved aside first. If anything
 * fails, the moves are undone and the content folder is left as it was.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface CommitHooks {
  /** Called before each file is moved into place (tests use it to inject a failure). */
  beforeMove?: (path: string, index: number) => void;
}

export function commitFiles(contentDir: string, files: { path: string; text: string }[], hooks: CommitHooks = {}): void {
  if (!files.length) return;
  mkdirSync(contentDir, { recursive: true });
  const staging = mkdtempSync(join(contentDir, '.import-staging-'));
  const done: { target: string; backup: string | null; createdDirs: string[] }[] = [];
  try {
    files.forEach((f, i) => {
      const staged = join(staging, 'new', String(i));
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, f.text, 'utf8');
    });
    files.forEach((f, i) => {
      hooks.beforeMove?.(f.path, i);
      const target = join(contentDir, f.path);
      const createdDirs = missingDirs(dirname(target), contentDir);
      mkdirSync(dirname(target), { recursive: true });
      let backup: string | null = null;
      if (existsSync(target)) {
        backup = join(staging, 'old', String(i));
        mkdirSync(dirname(backup), { recursive: true });
        renameSync(target, backup);
      }
      done.push({ target, backup, createdDirs });
      renameSync(join(staging, 'new', String(i)), target);
    });
  } catch (error) {
    for (const step of done.reverse()) {
      rmSync(step.target, { force: true });
      if (step.backup) renameSync(step.backup, step.target);
      for (const dir of step.createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    }
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Folders between `dir` and `root` that do not exist yet (outermost first). */
function missingDirs(dir: string, root: string): string[] {
  const missing: string[] = [];
  for (let d = dir; d.startsWith(root) && d !== root && !existsSync(d); d = dirname(d)) missing.unshift(d);
  return missing;
}
