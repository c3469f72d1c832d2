/**
 * Shapes of content read from disk without Astro: an entry before validation,
 * a path into its data, and the messages a reader or checker gives webmasters.
 */
import type { CollectionKey } from '../schemas/index.ts';

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

/** Formats a field path as contents[2].notice. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}
