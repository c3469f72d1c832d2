/**
 * The import command's arguments, parsed without side effects so that every
 * mistake gets its own message: an option missing its value is not an
 * "unknown option".
 */
import type { ImportOptions } from './run.ts';

export const USAGE =
  '用法：npm run import -- <导出文件> [更多导出文件] [--dry-run] [--content-dir <内容目录>] [--force] [--accept-incomplete] [--year <年份>] [--edition] [--canonical <版本标识>] [--review <审阅页.html>]';

const FLAGS = {
  '--dry-run': 'dryRun',
  '--force': 'force',
  '--accept-incomplete': 'acceptIncomplete',
  '--edition': 'edition',
} as const;
const VALUED = ['--content-dir', '--year', '--canonical', '--review'] as const;
/** What each valued option is missing when it has no value. */
const WANTS: Record<(typeof VALUED)[number], string> = {
  '--content-dir': '目录',
  '--year': '年份',
  '--canonical': '版本标识（如 gazette、online）',
  '--review': '审阅页文件名（如 review.html）',
};

export type ParsedArgs = { options: ImportOptions } | { error: string };

function valueError(name: string, value: string): string | null {
  if (name === '--year' && !/^(19|20)\d{2}$/.test(value))
    return `选项 --year 的值“${value}”不是年份：应为四位数字，如 2025`;
  if (name === '--canonical' && !/^[a-z][a-z0-9-]*$/.test(value))
    return `选项 --canonical 的值“${value}”不是版本标识：应为小写字母、数字和连字符，如 gazette、online`;
  return null;
}

export function parseImportArgs(argv: string[]): ParsedArgs {
  const options: ImportOptions = { files: [], contentDir: 'content' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg in FLAGS) {
      options[FLAGS[arg as keyof typeof FLAGS]] = true;
      continue;
    }
    const name = VALUED.find((v) => arg === v || arg.startsWith(`${v}=`));
    if (name) {
      const value = arg === name ? argv[++i] : arg.slice(name.length + 1);
      if (value === undefined || value === '' || (arg === name && value.startsWith('--'))) {
        return { error: `选项 ${name} 后面缺少${WANTS[name]}` };
      }
      const invalid = valueError(name, value);
      if (invalid) return { error: invalid };
      if (name === '--year') options.year = Number(value);
      else if (name === '--canonical') options.canonical = value;
      else if (name === '--review') options.review = value;
      else options.contentDir = value;
      continue;
    }
    if (arg.startsWith('--')) return { error: `未知选项“${arg}”` };
    options.files.push(arg);
  }
  if (!options.files.length) return { error: '没有指定要导入的导出文件' };
  if (options.canonical && !options.edition) return { error: '选项 --canonical 只能与 --edition 一起使用' };
  return { options };
}
