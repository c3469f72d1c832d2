/**
 * The import command's work, without the command line: read each export,
 * structure it, plan the files, refuse conflicts, write atomically.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readExport } from './read/index.ts';
import { structureExport } from './structure/index.ts';
import { ImportError, ImportRefused, type Problem, type ReadResult, type RepairNote } from './types.ts';
import { findDuplicateDocuments } from './integrity/duplicates.ts';
import { findRepeatedBlocks, findRepeatedLines } from './integrity/repeated-content.ts';
import { findIncomplete, incompletenessProblems } from './integrity/completeness.ts';
import { markIncomplete } from './integrity/mark-incomplete.ts';
import { readExportBytes } from './integrity/export-file.ts';
import { checkContentDir } from './content-dir.ts';
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
  /** Publish documents of an export that ends inside them, each marked incomplete on its page. */
  acceptIncomplete?: boolean;
  /** Year of a report that prints none. */
  year?: number;
  hooks?: CommitHooks;
  /** How long to wait for another import into the same folder to finish (default 0: refuse at once). */
  lockWaitMs?: number;
  onLockWait?: (holder: LockHolder) => void;
  /** Store a document already on the site with another text as another edition of it (--edition). */
  edition?: boolean;
  /** Edition id to make canonical (--canonical; default: the gazette's printed edition). */
  canonical?: string;
  /** Path of the HTML review page to write (--review); written by the command, dry runs included. */
  review?: string;
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
  const problems: Problem[] = [];
  const exports = options.files.map((path) => {
    const file = basename(path);
    const started = performance.now();
    const read = readExport(readExportBytes(path), file);
    const repeated = findRepeatedLines(file, read.sourceLines) ?? findRepeatedBlocks(file, read.blocks);
    if (repeated) throw new ImportRefused([repeated], '未写入任何文件。');
    const structured = structureExport(read, { year: options.year });
    const { entries, unplaced } = buildEntries(structured, read);
    const incomplete = findIncomplete(structured);
    if (options.acceptIncomplete) markIncomplete(structured, entries, incomplete);
    else problems.push(...incompletenessProblems(file, structured, incomplete));
    return { file, read, structured, entries, unplaced, milliseconds: performance.now() - started };
  });
  problems.push(...findDuplicateDocuments(exports));
  if (problems.length) throw new ImportRefused(problems, refusalHint(problems, options));
  const plan = planImport(
    options.contentDir,
    exports.map((e) => ({ file: e.file, entries: e.entries })),
    !!options.force,
    { edition: options.edition, canonical: options.canonical },
  );
  for (const change of plan.changes) {
    if (change.action === 'unchanged') continue;
    const invalid = validateEntryText(change.path, change.text);
    if (invalid.length)
      throw new ImportError(
        sourceOf(change.path, exports),
        null,
        `生成的条目 ${change.path} 不符合内容格式：${invalid.join('；')}。导出文件可能有损坏或缺失的部分，请先核对；如果导出文件完好，这是导入程序的缺陷，请报告`,
      );
  }
  return { exports, plan };
}

function refusalHint(problems: Problem[], options: ImportOptions): string {
  const cut = problems.some((p) => p.message.startsWith('导出文件不完整'));
  const hint =
    cut && !options.acceptIncomplete
      ? '如果印刷版本身就是这样，确认后可加 --accept-incomplete 导入（页面上会标明“导出文本不完整”）。'
      : '';
  return `${hint}未写入任何文件。`;
}

/** Plans and commits holding the content folder's lock, so two imports never plan from the same old state. */
export function runImport(options: ImportOptions): ImportResult {
  checkContentDir(options.contentDir, !options.dryRun);
  // A dry run into a folder that does not exist has nothing to lock or repair, and must create nothing.
  if (options.dryRun && !existsSync(options.contentDir))
    return { ...prepareImport(options), written: false, recovered: [] };
  return withContentFolder(options.contentDir, options, (recovered) => {
    const { exports, plan } = prepareImport(options);
    const writable = !options.dryRun && plan.conflicts.length === 0;
    if (writable)
      commitFiles(
        options.contentDir,
        plan.changes.filter((c) => c.action !== 'unchanged'),
        options.hooks,
      );
    return { exports, plan, written: writable, recovered };
  });
}

function sourceOf(path: string, exports: ExportResult[]): string {
  const slug = path
    .split('/')
    .pop()
    ?.replace(/\.mdx$/, '');
  return exports.find((e) => e.entries.some((x) => x.slug === slug))?.file ?? exports.map((e) => e.file).join('、');
}
