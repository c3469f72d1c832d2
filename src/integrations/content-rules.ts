/**
 * Astro integration: runs the content checker (schemas and cross-entry rules)
 * before `astro build` and `astro dev` start, and stops them with the same
 * messages as `npm run check` when any content is invalid.
 *
 * Register in astro.config.mjs:
 *   import contentRules from './src/integrations/content-rules.ts';
 *   integrations: [contentRules(), mdx(), sitemap()]
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatMessage, formatSummary } from '../lib/content-check/index.ts';

export interface ContentRulesOptions {
  /** Content folder relative to the project root. */
  contentDir?: string;
}

export default function contentRules(options: ContentRulesOptions = {}): AstroIntegration {
  return {
    name: 'content-rules',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const result = checkContent(options.contentDir ?? 'content', root);
        for (const warning of result.warnings) logger.warn(formatMessage(warning));
        if (result.errors.length > 0) {
          const lines = [...result.errors.map(formatMessage), ...formatSummary(result)];
          throw new Error(`内容检查未通过（${result.errors.length} 个错误）：\n${lines.join('\n')}`);
        }
        logger.info(formatSummary(result).at(-1)!);
      },
    },
  };
}
