// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { CONTENT_DIR, SITE_URL } from './src/site.config.ts';
import contentRules from './src/integrations/content-rules.ts';
import { docAnchors } from './src/plugins/doc-anchors.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Sätteri is Astro 7's native Markdown/MDX processor; our hast plugin adds citable anchors.
  // Smart punctuation is off: the site publishes the printed punctuation verbatim.
  markdown: { processor: satteri({ hastPlugins: [docAnchors], features: { smartPunctuation: false } }) },
  // contentRules runs `npm run check`'s schemas and cross-entry rules first and stops the build on any error.
  integrations: [contentRules({ contentDir: CONTENT_DIR }), mdx(), sitemap()],
});
