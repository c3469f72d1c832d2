/** Every collection's schema factory, keyed by collection name and folder under content/. */
import type { z } from 'astro/zod';
import type { CollectionKey } from './collections.ts';
import type { RefFn } from './common.ts';
import { editionSchema } from './edition.ts';
import { gazetteSchema } from './gazette.ts';
import { glossarySchema } from './glossary.ts';
import { indicatorSchema } from './indicator.ts';
import { noticeSchema } from './notice.ts';
import { reportSchema } from './report.ts';
import { taskSchema } from './task.ts';

export type { CollectionKey } from './collections.ts';

export const schemaFactories = {
  gazettes: gazetteSchema,
  reports: reportSchema,
  notices: noticeSchema,
  glossary: glossarySchema,
  indicators: indicatorSchema,
  tasks: taskSchema,
  editions: editionSchema,
} as const satisfies Record<CollectionKey, (ref: RefFn) => z.ZodType>;

/** An entry's data as its collection's schema outputs it (defaults applied, references resolved). */
export type CollectionData = { [K in CollectionKey]: z.output<ReturnType<(typeof schemaFactories)[K]>> };

/** File patterns per collection: MDX documents, YAML data. */
export const collectionPatterns: Record<CollectionKey, string> = {
  gazettes: '**/*.mdx',
  reports: '**/*.mdx',
  notices: '**/*.mdx',
  glossary: '**/*.mdx',
  indicators: '**/*.{yaml,yml,json}',
  tasks: '**/*.{yaml,yml,json}',
  editions: '**/*.mdx',
};
