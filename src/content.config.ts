/**
 * Astro content collections, loaded from the top-level content/ folder.
 * Schemas live in src/schemas/ (one file per concern); cross-entry rules are
 * checked by the contentRules integration (astro.config.mjs) and `npm run check`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionPatterns, schemaFactories, type CollectionKey } from './schemas/index.ts';
import type { RefFn } from './schemas/common.ts';
import { CONTENT_DIR } from './site.config.ts';

const ref = reference as unknown as RefFn;

function collection(name: CollectionKey) {
  return defineCollection({
    loader: glob({ pattern: collectionPatterns[name], base: `${CONTENT_DIR}/${name}` }),
    schema: schemaFactories[name](ref),
  });
}

export const collections = {
  gazettes: collection('gazettes'),
  reports: collection('reports'),
  notices: collection('notices'),
  glossary: collection('glossary'),
  indicators: collection('indicators'),
  tasks: collection('tasks'),
};
