/**
 * npm run import -- <export> [more exports] [--dry-run] [--content-dir <dir>] [--force]
 *
 * Imports plain-text exports of the gazette into the content folder and
 * prints a summary. Exit codes: 0 done, 1 bad input, 2 bad arguments,
 * 3 refused (a conflict with existing content; rerun with --force).
 * Another import into the same folder is waited for up to
 * SPB_IMPORT_LOCK_WAIT_SECONDS (default 30), then refused.
 */
import { runImport } from '../src/importer/run.ts';
import { formatSummary } from '../src/importer/summary.ts';
import { ImportError } from '../src/importer/types.ts';
import type { LockHolder } from '../src/importer/write/lock.ts';

const USAGE = '用法：npm run import -- <导出文件> [更多导出文件] [--dry-run] [--content-dir <内容目录>] [--force]';

function parseArgs(argv: string[]) {
  const options = { files: [] as string[], contentDir: 'content', dryRun: false, force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--content-dir' && argv[i + 1]) options.contentDir = argv[++i];
    else if (arg.startsWith('--content-dir=')) options.contentDir = arg.slice('--content-dir='.length);
    else if (arg.startsWith('--')) return { error: `未知选项“${arg}”` };
    else options.files.push(arg);
  }
  if (!options.files.length) return { error: '没有指定要导入的导出文件' };
  return { options };
}

const parsed = parseArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(`${parsed.error}\n${USAGE}`);
  process.exit(2);
}
const waitSeconds = Number(process.env.SPB_IMPORT_LOCK_WAIT_SECONDS ?? 30);
const lock = {
  lockWaitMs: Number.isFinite(waitSeconds) && waitSeconds >= 0 ? waitSeconds * 1000 : 30_000,
  onLockWait: (h: LockHolder) => console.error(`内容目录正被另一个导入程序使用（进程 ${h.pid}，开始于 ${h.started}），等待它结束……`),
};
try {
  const result = runImport({ ...parsed.options!, ...lock });
  for (const line of result.recovered) console.log(line);
  console.log(formatSummary(result, parsed.options!.dryRun));
  process.exitCode = result.plan.conflicts.length ? 3 : 0;
} catch (error) {
  if (error instanceof ImportError) {
    console.error(`导入失败：${error.message}\n未写入任何文件。`);
    process.exitCode = 1;
  } else {
    console.error(`导入失败（程序错误）：${error instanceof Error ? error.stack ?? error.message : String(error)}\n未写入任何文件。`);
    process.exitCode = 1;
  }
}
