/**
 * The import command's work, without the command line: read each export,
 * structure it, plan the files, refuse conflicts, write atomically.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readExport } from './read/index.ts';
import { structureExport } from './structure/index.ts';
import { ImportError, type ReadResult, type RepairNote } from './types.ts';
import type { StructuredExport } from './structure/model.ts';
import { buildEntries, type PlannedEntry } from './write/entries.ts';
import { planImport, type Plan } from './write/plan.ts';
import { commitFiles, type CommitHooks } from './write/commit.ts';
import { validateEntryText } from './write/validate.ts';
import { withContentFolder } from './write/exclusive.ts';
import type { LockHolder } from './write/lock.ts';

export interface ImportOptions {
  files: string[];
  contentDir: string;
  dryRun?: boolean;
  force?: boolean;
  hooks?: CommitHooks;
  /** How long to wait for another import into the same folder to finish (default 0: refuse at once). */
  lockWaitMs?: number;
  onLockWait?: (holder: LockHolder) => void;
}

export interface ExportResult {
  file: string;
  read: ReadResult;
  structured: StructuredExport;
  entries: PlannedEntry[];
  unplaced: RepairNote[];
  milliseconds: number;
}

export interface ImportResult {
  exports: ExportResult[];
  plan: Plan;
  written: boolean;
  /** What was repaired after an earlier, interrupted import (one Chinese line each). */
  recovered: string[];
}

/** Reads, structures and plans; throws ImportError for bad input. */
export function prepareImport(options: ImportOptions): { exports: ExportResult[]; plan: Plan } {
  const exports = options.files.map((path) => {
    const file = basename(path);
    if (!existsSync(path) || !statSync(path).isFile()) throw new ImportError(file, null, `找不到文件“${path}”`);
    const started = performance.now();
    const read = readExport(new Uint8Array(readFileSync(path)), file);
    const structured = structureExport(read);
    const { entries, unplaced } = buildEntries(structured, read);
    return { file, read, structured, entries, unplaced, milliseconds: performance.now() - started };
  });
  const plan = planImport(options.contentDir, exports.map((e) => ({ file: e.file, entries: e.entries })), !!options.force);
  for (const change of plan.changes) {
    if (change.action === 'unchanged') continue;
    const problems = validateEntryText(change.path, change.text);
    if (problems.length) throw new ImportError(sourceOf(change.path, exports), null, `生成的条目 ${change.path} 不符合内容格式：${problems.join('；')}（这是导入程序的缺陷，未写入任何文件）`);
  }
  return { exports, plan };
}

/** Plans and commits holding the content folder's lock, so two imports never plan from the same old state. */
export function runImport(options: ImportOptions): ImportResult {
  // A dry run into a folder that does not exist has nothing to lock or repair, and must create nothing.
  if (options.dryRun && !existsSync(options.contentDir)) return { ...prepareImport(options), written: false, recovered: [] };
  return withContentFolder(options.contentDir, options, (recovered) => {
    const { exports, plan } = prepareImport(options);
    const writable = !options.dryRun && plan.conflicts.length === 0;
    if (writable) commitFiles(options.contentDir, plan.changes.filter((c) => c.action !== 'unchanged'), options.hooks);
    return { exports, plan, written: writable, recovered };
  });
}

function sourceOf(path: string, exports: ExportResult[]): string {
  const slug = path.split('/').pop()?.replace(/\.mdx$/, '');
  return exports.find((e) => e.entries.some((x) => x.slug === slug))?.file ?? exports.map((e) => e.file).join('、');
}
