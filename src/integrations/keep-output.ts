/**
 * Astro integration: keeps the last build's output folder instead of emptying it.
 *
 * Astro empties the output folder before every build (core/build/static-build.js
 * viteBuild → emptyDir), and its incremental build then copies every unchanged page
 * back from its cache, one after the other (core/build/incremental.js restoreOutputFile):
 * at 10,000 documents a rebuild spent 6–10 s deleting and 10–15 s copying the same pages.
 * With `vite.build.emptyOutDir: false` Astro skips the emptying and leaves an unchanged
 * page where it is ("(cached)"). This integration makes that safe:
 * - it keeps the folder only when a marker in the cache folder (src/integrations/build-output/marker.ts)
 *   shows it is exactly what the last finished build with this cache made; otherwise it
 *   empties it as Astro would, and Astro restores pages from its cache as before;
 * - when the pages are done it removes every file this build neither wrote nor kept (pages
 *   of removed entries, old hashed assets, the search index and sitemap of the last build,
 *   which their integrations write again), so the folder ends as a clean build leaves it.
 *
 * Register it before the integrations that write at astro:build:done (sitemap, search).
 * An integration that updates its own folder in place (say, a search index written
 * incrementally) names it in `leave`: the prune then leaves that folder to it.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  outputIsKept,
  fileHash,
  pagesFingerprint,
  readMarker,
  removeMarker,
  writeMarker,
} from './build-output/marker.ts';
import { emptyFolder, filesUnder, fileSystemNow, pruneOutput } from './build-output/prune.ts';

/** Astro's incremental-build manifest in the cache folder (core/build/incremental.js, INCREMENTAL_CACHE_FILE). */
const ASTRO_MANIFEST = 'incremental-build.json';
const MARKER = 'keep-output.json';

export interface KeepOutputOptions {
  /** Top-level folders of the output that a later integration maintains itself, e.g. ['pagefind']. */
  leave?: string[];
}

export default function keepOutput(options: KeepOutputOptions = {}): AstroIntegration {
  const leave = new Set(options.leave ?? []);
  let outDir = '';
  let publicDir = '';
  let cacheDir = '';
  let since = 0n;
  return {
    name: 'keep-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        const markerFile = join(cacheDir, MARKER);
        const kept = outputIsKept(readMarker(markerFile), outDir, join(cacheDir, ASTRO_MANIFEST));
        // A build that stops half way leaves no marker: the next one starts from an empty folder.
        removeMarker(markerFile);
        if (!kept) emptyFolder(outDir);
        since = fileSystemNow(outDir);
        logger.info(
          kept
            ? '沿用上次构建的输出目录：未改变的页面留在原处'
            : '输出目录已清空（上次构建未完成、缓存不同或目录被改动过）',
        );
      },
      'astro:build:done': ({ assets, logger }) => {
        const written = [...assets.values()].flat().map((url) => fileURLToPath(url));
        const keep = new Set([...written, ...filesUnder(publicDir).map((file) => join(outDir, file))]);
        const removed = pruneOutput(outDir, keep, since, leave);
        if (removed > 0) logger.info(`删除了 ${removed} 个本次构建不再生成的文件`);
        const pages = written.map((file) => relative(outDir, file).split(sep).join('/')).sort();
        writeMarker(join(cacheDir, MARKER), {
          outDir,
          manifest: fileHash(join(cacheDir, ASTRO_MANIFEST)),
          pages,
          fingerprint: pagesFingerprint(outDir, pages),
        });
      },
    },
  };
}
