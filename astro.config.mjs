// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { CONTENT_DIR, SITE_URL } from './src/site.config.ts';
import contentRules from './src/integrations/content-rules.ts';
import pagefindSearch from './src/integrations/pagefind.ts';
import { docAnchors } from './src/plugins/doc-anchors.ts';
import { glossaryLinks } from './src/plugins/glossary-links.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // The benchmark builds other content folders with their own cache, leaving the site's cache alone.
  ...(process.env.SPB_CACHE_DIR ? { cacheDir: process.env.SPB_CACHE_DIR } : {}),
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Sätteri is Astro 7's native Markdown/MDX processor; our hast plugin adds citable anchors.
  // Smart punctuation is off: the site publishes the printed punctuation verbatim.
  // No syntax highlighting: preformatted blocks are printed forms, not code, and Shiki's inline
  // style attributes would be blocked by the Content-Security-Policy (deploy/nginx.conf).
  markdown: {
    processor: satteri({ hastPlugins: [docAnchors, glossaryLinks({ contentDir: CONTENT_DIR })], features: { smartPunctuation: false } }),
    syntaxHighlight: false,
  },
  // contentRules runs `npm run check`'s schemas and cross-entry rules first and stops the build on any error.
  integrations: [contentRules({ contentDir: CONTENT_DIR }), mdx(), sitemap(), pagefindSearch()],
});
