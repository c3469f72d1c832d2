/**
 * Astro integration: after `astro build` has written dist/, builds the search
 * index into dist/pagefind/ (src/search-index/build-index.ts), so that
 * `npm run build` always ships a search index that matches the pages. Shards
 * of the index are kept in Astro's cache folder and reused while their pages'
 * records are unchanged.
 *
 * Register in astro.config.mjs: integrations: [..., pagefindSearch()]; `shardPages`
 * and `segmentPages` set the shard and segment sizes (tests use small shards on small sites).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported here, not lazily at build:done: with experimental.incrementalBuild Astro has closed
// the Vite module runner that loaded this file by then, and a late import fails.
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../search-index/build-index.ts';

export default function pagefindSearch(options: { shardPages?: number; segmentPages?: number } = {}): AstroIntegration {
  let cacheDir = '';
  let root = '';
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Memory already held by this process when the search step starts: Pagefind's process runs beside it.
        const heldMB = process.memoryUsage().rss / 1048576;
        const summary = await buildSearchIndex(fileURLToPath(dir), {
          cacheDir,
          root,
          pagefind,
          shardPages: options.shardPages,
          segmentPages: options.segmentPages,
        });
        const { seconds, shards } = summary;
        logger.info(
          `搜索索引：${summary.pages} 个页面，${summary.files} 个文件，${(summary.bytes / 1024).toFixed(0)} KB；` +
            `分片：新建 ${shards.built} 个（${shards.pagesIndexed} 个页面），沿用 ${shards.reused} 个；` +
            `用时：读取页面 ${seconds.read.toFixed(1)} s，建立分片 ${seconds.shards.toFixed(1)} s，整理 ${seconds.files.toFixed(1)} s；` +
            `本进程内存：开始时 ${heldMB.toFixed(0)} MB，建立分片时最高 ${shards.peakMB.toFixed(0)} MB`,
        );
      },
    },
  };
}
