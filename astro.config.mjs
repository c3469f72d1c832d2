// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { CONTENT_DIR, SITE_URL } from './src/site.config.ts';
import contentRules from './src/integrations/content-rules.ts';
import pagefindSearch from './src/integrations/pagefind.ts';
import keepOutput from './src/integrations/keep-output.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // The benchmark builds other content folders with their own cache, leaving the site's cache alone.
  ...(process.env.SPB_CACHE_DIR ? { cacheDir: process.env.SPB_CACHE_DIR } : {}),
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts are never inlined, however small: the Content-Security-Policy (deploy/nginx.conf) allows only files.
  vite: { build: { assetsInlineLimit: 0 } },
  experimental: {
    // Pages whose props are unchanged since the last build are copied, not rendered again
    // (document and glossary term pages return a cacheKey: src/data/document-pages.ts).
    incrementalBuild: true,
  },
  // Content bodies are rendered to HTML by our content loader (src/loaders/mdx-entries.ts), not by
  // Vite; Sätteri (Astro 7's native processor) is configured here for any other Markdown.
  // Smart punctuation is off: the site publishes the printed punctuation verbatim.
  // No syntax highlighting: preformatted blocks are printed forms, not code, and Shiki's inline
  // style attributes would be blocked by the Content-Security-Policy (deploy/nginx.conf).
  markdown: {
    processor: satteri({ features: { smartPunctuation: false } }),
    syntaxHighlight: false,
  },
  // contentRules runs `npm run check`'s schemas and cross-entry rules first and stops the build on any error.
  // keepOutput leaves unchanged pages in the output folder instead of Astro emptying it and copying
  // them back; it must come before the integrations that write at astro:build:done (sitemap, search).
  // pagefind/ is the search step's own: it updates the folder itself (src/search-index/build-index.ts).
  // SPB_SEARCH_SHARD_PAGES / SPB_SEARCH_SEGMENT_PAGES: other search-index shard and segment sizes
  // (src/lib/search/shards.ts), for tests on small archives and for measuring.
  integrations: [
    contentRules({ contentDir: CONTENT_DIR }),
    keepOutput({ leave: ['pagefind'] }),
    mdx(),
    sitemap(),
    pagefindSearch({
      shardPages: Number(process.env.SPB_SEARCH_SHARD_PAGES) || undefined,
      segmentPages: Number(process.env.SPB_SEARCH_SEGMENT_PAGES) || undefined,
    }),
  ],
});
