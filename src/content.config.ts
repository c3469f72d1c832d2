/**
 * Astro content collections, loaded from the top-level content/ folder.
 * Schemas live in src/schemas/ (one file per concern); cross-entry rules are
 * checked by the contentRules integration (astro.config.mjs) and `npm run check`.
 * Each collection names its own schema factory so that Astro infers each
 * collection's own entry type (a shared helper would give every collection the union).
 * MDX bodies are rendered to HTML while content is synced and cached by Astro
 * (src/loaders/mdx-entries.ts); YAML collections use Astro's glob() loader.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxEntries } from './loaders/mdx-entries.ts';
import { collectionPatterns, schemaFactories, type CollectionKey } from './schemas/index.ts';
import type { RefFn } from './schemas/common.ts';
import { CONTENT_DIR } from './site.config.ts';

const ref = reference as unknown as RefFn;
const documents = (name: CollectionKey) => mdxEntries({ base: `${CONTENT_DIR}/${name}`, contentDir: CONTENT_DIR });
const data = (name: CollectionKey) => glob({ pattern: collectionPatterns[name], base: `${CONTENT_DIR}/${name}` });

export const collections = {
  gazettes: defineCollection({ loader: documents('gazettes'), schema: schemaFactories.gazettes(ref) }),
  reports: defineCollection({ loader: documents('reports'), schema: schemaFactories.reports(ref) }),
  notices: defineCollection({ loader: documents('notices'), schema: schemaFactories.notices(ref) }),
  glossary: defineCollection({ loader: documents('glossary'), schema: schemaFactories.glossary(ref) }),
  indicators: defineCollection({ loader: data('indicators'), schema: schemaFactories.indicators(ref) }),
  tasks: defineCollection({ loader: data('tasks'), schema: schemaFactories.tasks(ref) }),
};
