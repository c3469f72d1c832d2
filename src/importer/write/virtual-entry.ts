/**
 * One entry of the content folder as an import plans it: what is on disk,
 * what the import puts there, and why it may be refused. The planner builds
 * these; relation linking updates them.
 */
export interface VirtualEntry {
  collection: string;
  slug: string;
  path: string;
  data: Record<string, any>;
  body: string;
  /** Text on disk before the import, if any. */
  diskText: string | null;
  /** `source.file` of the entry on disk, if any. */
  diskSourceFile: string | null;
  /** Changed by this import (needs writing if its text differs from disk). */
  touched: boolean;
  /** A document of this import matched this existing entry (same 文号 / title and date). */
  duplicateOf: boolean;
  /** A glossary definition from the same report was replaced by a different one. */
  redefined: boolean;
  /** How the replaced definitions' wording differs (for the conflict message). */
  redefinedAs?: string[];
  sources: Set<string>;
  label: string;
}
