/**
 * What the content folder already holds: every entry's path, frontmatter and
 * body, read without Astro, so the importer can find duplicates, merge
 * glossary definitions and update repeal relations.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitMdx } from './frontmatter.ts';
import type { Collection } from './entries.ts';

export interface ExistingEntry {
  collection: Collection | 'editions';
  slug: string;
  /** Path relative to the content folder, with forward slashes. */
  path: string;
  text: string;
  data: Record<string, any>;
  body: string;
}

/** The MDX collections; `editions` holds documents' other editions (src/schemas/edition.ts). */
export const IMPORTED_COLLECTIONS: ExistingEntry['collection'][] = [
  'gazettes',
  'reports',
  'notices',
  'glossary',
  'editions',
];

export function readExisting(contentDir: string): ExistingEntry[] {
  const found: ExistingEntry[] = [];
  for (const collection of IMPORTED_COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const rel of listMdx(dir, '')) {
      const text = readFileSync(join(dir, rel), 'utf8');
      const parts = splitMdx(text);
      let data: Record<string, any>;
      try {
        data = (parts && parse(parts.yaml)) || {};
      } catch {
        data = {};
      }
      found.push({
        collection,
        slug: rel
          .replace(/\.mdx$/, '')
          .split('/')
          .pop()!,
        path: `${collection}/${rel}`,
        text,
        data,
        body: parts?.body ?? text,
      });
    }
  }
  return found;
}

function listMdx(dir: string, prefix: string): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, name)).isDirectory()
        ? listMdx(join(dir, name), rel)
        : name.endsWith('.mdx')
          ? [rel]
          : [];
    });
}
