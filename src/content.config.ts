/**
 * Astro content collections, loaded from the top-level content/ folder.
 * Schemas live in src/schemas/ (one file per concern); cross-entry rules are
 * checked by the contentRules integration (astro.config.mjs) and `npm run check`.
 * Each collection names its own schema factory so that Astro infers each
 * collection's own entry type (a shared helper would give every collection the union).
 * MDX bodies are rendered to HTML while content is synced and cached by Astro
 * (src/loaders/mdx-entries.ts); YAML collections use Astro's glob() loader.
 *
 * The importer's provenance fields (source, importNotes) are checked with everything
 * else before the build (contentRules, `npm run check`) but are not kept in Astro's data
 * store: no page shows them, and at 10,000 documents importNotes alone were 40 % of the
 * store, which Astro serialises several times per sync and bundles into the build.
 */
import { defineCollection, reference } from 'astro:content';
import { existsSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { mdxEntries } from './loaders/mdx-entries.ts';
import { collectionPatterns, schemaFactories, type CollectionKey } from './schemas/index.ts';
import type { RefFn } from './schemas/common.ts';
import { CONTENT_DIR } from './site.config.ts';

const ref = reference as unknown as RefFn;
const PROVENANCE = { source: true, importNotes: true } as const;
const documents = (name: CollectionKey) => mdxEntries({ base: `${CONTENT_DIR}/${name}`, contentDir: CONTENT_DIR });
/** A collection most content folders do not have: no folder, no entries (and no warning). */
const whenPresent = (loader: Loader, base: string): Loader => ({
  name: loader.name,
  load: async (context) => (existsSync(base) ? loader.load(context) : context.store.clear()),
});
const data = (name: CollectionKey) => glob({ pattern: collectionPatterns[name], base: `${CONTENT_DIR}/${name}` });

export const collections = {
  gazettes: defineCollection({ loader: documents('gazettes'), schema: schemaFactories.gazettes(ref).omit(PROVENANCE) }),
  reports: defineCollection({ loader: documents('reports'), schema: schemaFactories.reports(ref).omit(PROVENANCE) }),
  notices: defineCollection({ loader: documents('notices'), schema: schemaFactories.notices(ref).omit(PROVENANCE) }),
  glossary: defineCollection({ loader: documents('glossary'), schema: schemaFactories.glossary(ref) }),
  indicators: defineCollection({ loader: data('indicators'), schema: schemaFactories.indicators(ref) }),
  tasks: defineCollection({ loader: data('tasks'), schema: schemaFactories.tasks(ref) }),
  // A document's other editions (src/schemas/edition.ts): bodies rendered like the documents' own.
  editions: defineCollection({
    loader: whenPresent(documents('editions'), `${CONTENT_DIR}/editions`),
    schema: schemaFactories.editions(ref).omit({ importNotes: true }),
  }),
};
