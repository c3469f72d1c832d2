/**
 * What a cross-entry rule sees: the index of all entries, and a way to report
 * a problem at a field of an entry.
 */
import type { CollectionData, CollectionKey } from '../schemas/index.ts';
import {
  formatFieldPath,
  type CheckMessage,
  type ContentIndex,
  type FieldPath,
  type LoadedEntry,
  type ValidEntry,
} from './types.ts';

/** A message about `path` of `entry`, with the line of that field when the file has it. */
export function messageAt(entry: LoadedEntry, path: FieldPath, message: string, rule: string): CheckMessage {
  return { file: entry.displayPath, line: entry.lineOf(path), field: formatFieldPath(path), message, rule };
}

export interface RuleContext {
  index: ContentIndex;
  /** Entries of `collection` that passed their schema, in file order. */
  validOf<K extends CollectionKey>(collection: K): ValidEntry<CollectionData[K]>[];
  /** The valid entry of `collection` with `id`, if exactly one such file exists and it passed its schema. */
  find<K extends CollectionKey>(collection: K, id: string): ValidEntry<CollectionData[K]> | undefined;
  /** True when some file of `collection` has `id`, valid or not. */
  exists(collection: CollectionKey, id: string): boolean;
  error(entry: LoadedEntry, path: FieldPath, message: string): void;
  warn(entry: LoadedEntry, path: FieldPath, message: string): void;
}

/** A cross-entry rule: one file under rules/, one concern. */
export interface Rule {
  /** Short name shown with --verbose and kept on each message. */
  name: string;
  /** One line on what the rule guarantees. */
  description: string;
  check(context: RuleContext): void;
}

/** Builds the context one rule runs in; its messages go to `errors` and `warnings`. */
export function createRuleContext(
  index: ContentIndex,
  rule: string,
  errors: CheckMessage[],
  warnings: CheckMessage[],
): RuleContext {
  const validByKey = new Map(index.valid.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  // An entry is in index.valid only once its collection's schema parsed it, so its data has that schema's type.
  const typed = <K extends CollectionKey>(entry: ValidEntry) => entry as ValidEntry<CollectionData[K]>;
  return {
    index,
    validOf: <K extends CollectionKey>(collection: K) =>
      index.valid.filter((entry) => entry.collection === collection).map((entry) => typed<K>(entry)),
    find: <K extends CollectionKey>(collection: K, id: string) => {
      const files = index.byId.get(collection)?.get(id);
      const entry = files?.length === 1 ? validByKey.get(`${collection}/${id}`) : undefined;
      return entry && typed<K>(entry);
    },
    exists: (collection, id) => Boolean(index.byId.get(collection)?.get(id)?.length),
    error: (entry, path, message) => errors.push(messageAt(entry, path, message, rule)),
    warn: (entry, path, message) => warnings.push(messageAt(entry, path, message, rule)),
  };
}
