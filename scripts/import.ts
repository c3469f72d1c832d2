/**
 * npm run import -- <export> [more exports] [--dry-run] [--content-dir <dir>] [--force]
 *                   [--accept-incomplete] [--year <year>] [--edition] [--canonical <id>] [--review <file.html>]
 *
 * Imports plain-text exports of the gazette into the content folder and
 * prints a summary. Exit codes: 0 done, 1 bad input (refused, nothing
 * written), 2 bad arguments, 3 refused (a conflict with existing content;
 * rerun with --force). Another import into the same folder is waited for up
 * to SPB_IMPORT_LOCK_WAIT_SECONDS (default 30), then refused.
 */
import { writeFileSync } from 'node:fs';
import { parseImportArgs, USAGE } from '../src/importer/cli-args.ts';
import { refusalPage, reviewPage } from '../src/importer/review/page.ts';
import { describeWriteError } from '../src/importer/content-dir.ts';
import { runImport } from '../src/importer/run.ts';
import { formatSummary } from '../src/importer/summary.ts';
import { ImportError } from '../src/importer/types.ts';
import type { LockHolder } from '../src/importer/write/lock.ts';

/** Writes the review page; a page that cannot be written is said, and does not change the import's outcome. */
function writeReview(path: string, html: string): void {
  try {
    writeFileSync(path, html);
    console.log(`审阅页：${path}（用浏览器打开）`);
  } catch (error) {
    console.error(`审阅页 ${path} 无法写入：${error instanceof Error ? error.message : String(error)}`);
  }
}

const parsed = parseImportArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(`${parsed.error}\n${USAGE}`);
  process.exit(2);
}
const { options } = parsed;
const waitSeconds = Number(process.env.SPB_IMPORT_LOCK_WAIT_SECONDS ?? 30);
const lock = {
  lockWaitMs: Number.isFinite(waitSeconds) && waitSeconds >= 0 ? waitSeconds * 1000 : 30_000,
  onLockWait: (h: LockHolder) =>
    console.error(`内容目录正被另一个导入程序使用（进程 ${h.pid}，开始于 ${h.started}），等待它结束……`),
};
try {
  const result = runImport({ ...options, ...lock });
  for (const line of result.recovered) console.log(line);
  console.log(formatSummary(result, !!options.dryRun));
  if (options.review) writeReview(options.review, reviewPage(result, !!options.dryRun));
  process.exitCode = result.plan.conflicts.length ? 3 : 0;
} catch (error) {
  const written = describeWriteError(error, options.contentDir);
  if (error instanceof ImportError && options.review)
    writeReview(options.review, refusalPage(options.files, error.message));
  if (error instanceof ImportError)
    console.error(
      `导入失败：${error.message}${error.message.endsWith('未写入任何文件。') ? '' : '\n未写入任何文件。'}`,
    );
  else if (written) console.error(`导入失败：${written}\n内容目录保持原样，未写入任何文件。`);
  else {
    // A defect of the importer, not of the input: a short message, the details only on request.
    const detail = process.env.SPB_DEBUG
      ? `\n${error instanceof Error ? error.stack : String(error)}`
      : '（设置环境变量 SPB_DEBUG=1 可显示详细信息）';
    console.error(
      `导入失败：导入程序内部错误：${error instanceof Error ? error.message : String(error)}${detail}\n内容目录保持原样，未写入任何文件。请把导出文件和这条信息报告给开发人员。`,
    );
  }
  process.exitCode = 1;
}
