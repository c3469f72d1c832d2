/**
 * Checks all content without building the site: every entry against its Zod
 * schema, then the cross-entry rules in rules/. Used by `npm run check` and by
 * the content-rules Astro integration.
 */
import { resolve } from 'node:path';
import type { CollectionKey } from '../schemas/index.ts';
import { createRuleContext } from './context.ts';
import { loadContent } from '../content-files/load.ts';
import { COLLECTION_KEYS } from '../schemas/collections.ts';
import type { ParseCache } from '../content-files/parse-cache.ts';
import { RULES } from './rules/index.ts';
import { validateEntries } from './schema.ts';
import type { CheckMessage, CheckResult, CollectionCount, ContentIndex, LoadedEntry, ValidEntry } from './types.ts';

export type { CheckMessage, CheckResult } from './types.ts';
export { formatMessage, formatReport, formatSummary } from './format.ts';
export { ParseCache, parseCacheFile } from '../content-files/parse-cache.ts';

export interface CheckOptions {
  /** Parsed data of files unchanged since an earlier run; saved again at the end of this one. */
  cache?: ParseCache;
}

function buildIndex(loaded: LoadedEntry[], valid: ValidEntry[]): ContentIndex {
  const byId = new Map<CollectionKey, Map<string, LoadedEntry[]>>(COLLECTION_KEYS.map((c) => [c, new Map()]));
  for (const entry of loaded) {
    const ids = byId.get(entry.collection)!;
    ids.set(entry.id, [...(ids.get(entry.id) ?? []), entry]);
  }
  return { loaded, valid, byId };
}

function byPosition(a: CheckMessage, b: CheckMessage): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Checks the content folder `contentDir` (resolved against `cwd`); paths in messages are relative to `cwd`.
 * Every file is read and every rule runs each time; a cache only spares parsing unchanged files.
 */
export function checkContent(contentDir = 'content', cwd = process.cwd(), options: CheckOptions = {}): CheckResult {
  const loaded = loadContent(resolve(cwd, contentDir), cwd, options.cache);
  options.cache?.save();
  const schema = validateEntries(loaded.entries);
  const errors = [...loaded.errors, ...schema.errors];
  const warnings = [...loaded.warnings, ...schema.warnings];
  const index = buildIndex(loaded.entries, schema.valid);
  for (const rule of RULES) rule.check(createRuleContext(index, rule.name, errors, warnings));
  errors.sort(byPosition);
  warnings.sort(byPosition);

  const filesWithErrors = new Set(errors.map((e) => e.file));
  const counts = Object.fromEntries(COLLECTION_KEYS.map((c) => [c, { entries: 0, withErrors: 0 }])) as Record<
    CollectionKey,
    CollectionCount
  >;
  for (const file of loaded.files) {
    counts[file.collection].entries += 1;
    if (filesWithErrors.has(file.displayPath)) counts[file.collection].withErrors += 1;
  }
  return { errors, warnings, counts };
}
