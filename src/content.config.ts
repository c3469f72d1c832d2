/**
 * Astro content collections, loaded from the top-level content/ folder.
 * Schemas live in src/schemas/ (one file per concern); cross-entry rules are
 * checked by the contentRules integration (astro.config.mjs) and `npm run check`.
 * Each collection names its own schema factory so that Astro infers each
 * collection's own entry type (a shared helper would give every collection the union).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionPatterns, schemaFactories, type CollectionKey } from './schemas/index.ts';
import type { RefFn } from './schemas/common.ts';
import { CONTENT_DIR } from './site.config.ts';

const ref = reference as unknown as RefFn;
const loader = (name: CollectionKey) => glob({ pattern: collectionPatterns[name], base: `${CONTENT_DIR}/${name}` });

export const collections = {
  gazettes: defineCollection({ loader: loader('gazettes'), schema: schemaFactories.gazettes(ref) }),
  reports: defineCollection({ loader: loader('reports'), schema: schemaFactories.reports(ref) }),
  notices: defineCollection({ loader: loader('notices'), schema: schemaFactories.notices(ref) }),
  glossary: defineCollection({ loader: loader('glossary'), schema: schemaFactories.glossary(ref) }),
  indicators: defineCollection({ loader: loader('indicators'), schema: schemaFactories.indicators(ref) }),
  tasks: defineCollection({ loader: loader('tasks'), schema: schemaFactories.tasks(ref) }),
};
