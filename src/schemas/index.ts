/** Every collection's schema factory, keyed by collection name and folder under content/. */
import { editionSchema } from './edition.ts';
import { gazetteSchema } from './gazette.ts';
import { glossarySchema } from './glossary.ts';
import { indicatorSchema } from './indicator.ts';
import { noticeSchema } from './notice.ts';
import { reportSchema } from './report.ts';
import { taskSchema } from './task.ts';

export const schemaFactories = {
  gazettes: gazetteSchema,
  reports: reportSchema,
  notices: noticeSchema,
  glossary: glossarySchema,
  indicators: indicatorSchema,
  tasks: taskSchema,
  editions: editionSchema,
} as const;

/** File patterns per collection: MDX documents, YAML data. */
export const collectionPatterns: Record<keyof typeof schemaFactories, string> = {
  gazettes: '**/*.mdx',
  reports: '**/*.mdx',
  notices: '**/*.mdx',
  glossary: '**/*.mdx',
  indicators: '**/*.{yaml,yml,json}',
  tasks: '**/*.{yaml,yml,json}',
  editions: '**/*.mdx',
};

export type CollectionKey = keyof typeof schemaFactories;
