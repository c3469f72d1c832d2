// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { SITE_URL } from './src/site.config.ts';
import { docAnchors } from './src/plugins/doc-anchors.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Sätteri is Astro 7's native Markdown/MDX processor; our hast plugin adds citable anchors.
  // Smart punctuation is off: the site publishes the printed punctuation verbatim.
  markdown: { processor: satteri({ hastPlugins: [docAnchors], features: { smartPunctuation: false } }) },
  integrations: [mdx(), sitemap()],
});
