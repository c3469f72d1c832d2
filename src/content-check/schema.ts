/**
 * Validates each entry against its collection's Zod schema (the same factories
 * Astro uses, given `plainReference`) and words every issue for a webmaster:
 * file, line, field, what is wrong and what was expected.
 */
import { plainReference } from '../schemas/common.ts';
import { schemaFactories, type CollectionKey } from '../schemas/index.ts';
import { chineseErrorMap, describeValue } from './zod-messages.ts';
import { findUnknownFields } from './unknown-fields.ts';
import { messageAt } from './context.ts';
import { formatFieldPath, type CheckMessage, type FieldPath, type LoadedEntry, type ValidEntry } from './types.ts';

export interface SchemaResult {
  valid: ValidEntry[];
  errors: CheckMessage[];
  warnings: CheckMessage[];
}

const schemas = new Map<CollectionKey, ReturnType<(typeof schemaFactories)[CollectionKey]>>();

function schemaOf(collection: CollectionKey) {
  if (!schemas.has(collection)) schemas.set(collection, schemaFactories[collection](plainReference));
  return schemas.get(collection)!;
}

/** The raw value at `path` in `data`, or undefined. */
function valueAt(data: unknown, path: FieldPath): unknown {
  return path.reduce<any>((node, key) => (node == null ? undefined : node[key]), data);
}

/** Validates every entry; invalid entries yield messages and are left out of `valid`. */
export function validateEntries(entries: LoadedEntry[]): SchemaResult {
  const result: SchemaResult = { valid: [], errors: [], warnings: [] };
  for (const entry of entries) {
    if (entry.unreadable) continue;
    const schema = schemaOf(entry.collection);
    for (const unknown of findUnknownFields(schema, entry.data)) {
      // Astro reads a top-level `slug` as the entry id; it is not a data field.
      if (unknown.path.length === 1 && unknown.path[0] === 'slug') continue;
      const hint = unknown.suggestion ? `；是否想写 ${unknown.suggestion}？` : '';
      result.warnings.push(messageAt(entry, unknown.path, `未知字段，网站会忽略它${hint}`, 'schema'));
    }
    const parsed = schema.safeParse(entry.data, { error: chineseErrorMap });
    if (parsed.success) {
      result.valid.push({ ...entry, parsed: parsed.data });
      continue;
    }
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = formatFieldPath(issue.path as FieldPath);
      // A field that fails its format check usually fails the next check too; the first says it best.
      if (seen.has(field)) continue;
      seen.add(field);
      const value = valueAt(entry.data, issue.path as FieldPath);
      const shown = describeValue(value);
      const current =
        value !== undefined && typeof value !== 'object' && !issue.message.includes(String(value))
          ? `（现为 ${shown}）`
          : '';
      result.errors.push(messageAt(entry, issue.path as FieldPath, `${issue.message}${current}`, 'schema'));
    }
  }
  return result;
}
