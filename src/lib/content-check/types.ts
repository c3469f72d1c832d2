/**
 * Shared shapes of the content checker: loaded entries, validated entries and
 * the messages shown to webmasters.
 */
import type { CollectionKey } from '../../schemas/index.ts';

/** A path into an entry's data, e.g. ['repeals', 0, 'document']. */
export type FieldPath = ReadonlyArray<string | number>;

/** One problem found in the content, in terms a webmaster can act on. */
export interface CheckMessage {
  /** File as shown to the user: relative to the working directory when inside it. */
  file: string;
  /** 1-based line of the offending field in the file, when known. */
  line?: number;
  /** Field path written like contents[2].notice; empty for whole-file problems. */
  field: string;
  /** What is wrong and what was expected, in Simplified Chinese. */
  message: string;
  /** Name of the check that produced the message (schema, references…). */
  rule: string;
}

/** An entry read from disk, before validation. */
export interface LoadedEntry {
  collection: CollectionKey;
  /** Entry id exactly as Astro's glob loader derives it. */
  id: string;
  /** Absolute path of the file. */
  filePath: string;
  /** Path used in messages. */
  displayPath: string;
  /** Frontmatter (MDX) or file data (YAML/JSON), as parsed. */
  data: Record<string, unknown>;
  /** 1-based file line of the deepest existing node on `path`, when known. */
  lineOf(path: FieldPath): number | undefined;
  /** True when the file could not be parsed: it still exists for references, but is not validated. */
  unreadable?: boolean;
}

/** An entry whose data passed its collection's schema. */
export interface ValidEntry<T = any> extends LoadedEntry {
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

/** Formats a field path as contents[2].notice. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}
