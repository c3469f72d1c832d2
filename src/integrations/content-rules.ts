/**
 * Astro integration: runs the content checker (schemas, cross-entry rules, MDX
 * bodies) before `astro build` and `astro dev` start, and stops them with the same
 * messages as `npm run check`, without a stack trace, when any content is invalid. While `astro dev`
 * runs, an edited content file is checked again and problems are logged.
 *
 * Parsed files are cached under Astro's cacheDir (content-check/), keyed by
 * each file's bytes, so a rebuild parses only new and edited files; the rules
 * still run over every entry. Deleting the cache only makes the next check slower.
 *
 * Before checking, whatever an interrupted import left in the content folder
 * is repaired (src/importer/write/recover.ts): a build never reads a folder
 * half-way through an import.
 *
 * Register in astro.config.mjs (first, so it fails before other work starts):
 *   import contentRules from './src/integrations/content-rules.ts';
 *   integrations: [contentRules(), mdx(), sitemap()]
 */
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { recoverContentDir, RecoveryError } from '../importer/write/recover.ts';
import { UserError } from '../lib/user-error.ts';
import {
  checkContent,
  formatMessage,
  formatSummary,
  ParseCache,
  parseCacheFile,
  type CheckResult,
} from '../content-check/index.ts';

export interface ContentRulesOptions {
  /** Content folder relative to the project root. */
  contentDir?: string;
}

function logResult(result: CheckResult, logger: AstroIntegrationLogger): void {
  for (const warning of result.warnings) logger.warn(formatMessage(warning));
  for (const error of result.errors) logger.error(formatMessage(error));
  logger.info(formatSummary(result).at(-1)!);
}

/** Repairs what an interrupted import left; a folder it cannot repair stops the build with the same words as the importer. */
function recoverFolder(dir: string): string[] {
  try {
    return recoverContentDir(dir, { waitMs: 60_000 });
  } catch (error) {
    const where = error instanceof RecoveryError ? `${error.file}: ` : '';
    throw new UserError(`内容检查未进行：${where}${(error as Error).message}`);
  }
}

export default function contentRules(options: ContentRulesOptions = {}): AstroIntegration {
  const contentDir = options.contentDir ?? 'content';
  let root = process.cwd();
  let cache: ParseCache | undefined;
  return {
    name: 'content-rules',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        for (const line of recoverFolder(resolve(root, contentDir))) logger.warn(line);
        const cacheDir = fileURLToPath(config.cacheDir ?? new URL('node_modules/.astro/', config.root));
        cache = new ParseCache(parseCacheFile(cacheDir, resolve(root, contentDir)));
        const result = checkContent(contentDir, root, { cache });
        if (result.errors.length > 0) {
          for (const warning of result.warnings) logger.warn(formatMessage(warning));
          const lines = [...result.errors.map(formatMessage), ...formatSummary(result)];
          throw new UserError(`内容检查未通过（${result.errors.length} 个错误）：\n${lines.join('\n')}`);
        }
        logResult(result, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = join(root, contentDir) + sep;
        const recheck = (file: string) => {
          if (file.startsWith(folder)) logResult(checkContent(contentDir, root, { cache }), logger);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
