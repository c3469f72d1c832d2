/**
 * Shapes of the content checker: validated entries, the index the rules read and
 * the result; entries as read and the messages are content-files' (re-exported).
 */
import type { CollectionKey } from '../schemas/index.ts';
import type { CheckMessage, LoadedEntry } from '../content-files/types.ts';

export type { CheckMessage, FieldPath, LoadedEntry } from '../content-files/types.ts';
export { formatFieldPath } from '../content-files/types.ts';

/** An entry whose data passed its collection's schema. */
export interface ValidEntry<T = unknown> extends LoadedEntry {
  /** Schema output: defaults applied, references as { collection, id }, 文号 normalised. */
  parsed: T;
}

/** Entries per collection, and per collection and id. */
export interface ContentIndex {
  /** Every entry that was read, valid or not (references may point to an invalid entry). */
  loaded: LoadedEntry[];
  /** Entries that passed their schema; the rules inspect only these. */
  valid: ValidEntry[];
  /** All loaded entries of a collection with a given id (more than one is a duplicate). */
  byId: Map<CollectionKey, Map<string, LoadedEntry[]>>;
}

/** Counts shown in the summary, per collection. */
export interface CollectionCount {
  /** Entries read. */
  entries: number;
  /** Entries with at least one error. */
  withErrors: number;
}

export interface CheckResult {
  errors: CheckMessage[];
  warnings: CheckMessage[];
  counts: Record<CollectionKey, CollectionCount>;
}
