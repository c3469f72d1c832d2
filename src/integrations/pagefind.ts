/**
 * Astro integration: after `astro build` has written dist/, builds the search
 * index into dist/pagefind/ (src/lib/search/build-index.ts), so that
 * `npm run build` always ships a search index that matches the pages.
 *
 * Register in astro.config.mjs: integrations: [..., pagefindSearch()]
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported here, not lazily at build:done: with experimental.incrementalBuild Astro has closed
// the Vite module runner that loaded this file by then, and a late import fails.
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../lib/search/build-index.ts';

export default function pagefindSearch(): AstroIntegration {
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await buildSearchIndex(fileURLToPath(dir), pagefind);
        const seconds = summary.seconds;
        logger.info(
          `搜索索引：${summary.pages} 个页面，${summary.files} 个文件，${(summary.bytes / 1024).toFixed(0)} KB；` +
            `用时：读取页面并送入 Pagefind ${seconds.read.toFixed(1)} s，写出索引和文档 ${seconds.pagefind.toFixed(1)} s，整理 ${seconds.files.toFixed(1)} s`,
        );
      },
    },
  };
}
