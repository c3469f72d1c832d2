/**
 * npm run check [-- --content-dir <dir>]
 *
 * Validates all content (schemas and cross-entry rules) without building the
 * site. Prints one line per problem, e.g.
 *   content/notices/sfzf-2025-008.mdx:7 signedDate: 不是存在的日期…
 * then counts per collection. Exit code 1 when there is any error, else 0.
 */
import { checkContent, formatReport } from '../src/lib/content-check/index.ts';

const USAGE = '用法：npm run check [-- --content-dir <内容目录>]（默认 content/）';

function parseArgs(argv: string[]): { contentDir: string } | null {
  let contentDir = 'content';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--content-dir' && argv[i + 1]) contentDir = argv[++i];
    else if (arg.startsWith('--content-dir=')) contentDir = arg.slice('--content-dir='.length);
    else return null;
  }
  return { contentDir };
}

const options = parseArgs(process.argv.slice(2));
if (!options) {
  console.error(USAGE);
  process.exit(2);
}
const result = checkContent(options.contentDir);
console.log(formatReport(result));
process.exitCode = result.errors.length > 0 ? 1 : 0;
