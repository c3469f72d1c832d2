/**
 * npm run check [-- --content-dir <dir>] [--no-cache]
 *
 * Validates all content (schemas and cross-entry rules) without building the
 * site. Parsed files are cached in node_modules/.cache/content-check/ (keyed
 * by their bytes; --no-cache parses every file). Prints one line per problem, e.g.
 *   content/notices/sfzf-2025-008.mdx:7 signedDate: 不是存在的日期…
 * then counts per collection. Exit code 1 when there is any error, else 0.
 * First repairs what an interrupted import left in the folder (see
 * src/importer/write/recover.ts), waiting for a running import to finish.
 */
import { resolve } from 'node:path';
import { recoverContentDir, RecoveryError } from '../src/importer/write/recover.ts';
import { checkContent, formatReport, ParseCache, parseCacheFile } from '../src/content-check/index.ts';

const USAGE =
  '用法：npm run check [-- --content-dir <内容目录>] [--no-cache]（默认 content/；--no-cache 不使用解析缓存）';

function parseArgs(argv: string[]): { contentDir: string; cache: boolean } | null {
  let contentDir = 'content';
  let cache = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--content-dir' && argv[i + 1]) contentDir = argv[++i];
    else if (arg.startsWith('--content-dir=')) contentDir = arg.slice('--content-dir='.length);
    else if (arg === '--no-cache') cache = false;
    else return null;
  }
  return { contentDir, cache };
}

const options = parseArgs(process.argv.slice(2));
if (!options) {
  console.error(USAGE);
  process.exit(2);
}
try {
  for (const line of recoverContentDir(options.contentDir, { waitMs: 60_000 })) console.log(line);
} catch (error) {
  const where = error instanceof RecoveryError ? `${error.file}: ` : '';
  console.error(`内容检查未进行：${where}${(error as Error).message}`);
  process.exit(1);
}
const cacheFile = parseCacheFile(resolve('node_modules/.cache'), options.contentDir);
const result = checkContent(
  options.contentDir,
  process.cwd(),
  options.cache ? { cache: new ParseCache(cacheFile) } : {},
);
console.log(formatReport(result));
process.exitCode = result.errors.length > 0 ? 1 : 0;
