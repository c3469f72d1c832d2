/**
 * Splits an MDX file into its YAML frontmatter and the line the YAML starts on,
 * with the same rule as Astro (@astrojs/internal-helpers/frontmatter): the file
 * starts (after an optional BOM or blank lines) with ---, and the first later
 * line starting with --- closes it.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const FRONTMATTER_RE = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface Frontmatter {
  /** The YAML text between the two --- lines (it starts with the rest of the opening line). */
  yaml: string;
  /** 1-based file line on which `yaml` starts (the line of the opening ---). */
  firstLine: number;
}

/** Returns the frontmatter of `source`, or null when the file has none. */
export function extractFrontmatter(source: string): Frontmatter | null {
  const match = FRONTMATTER_RE.exec(source);
  if (!match) return null;
  const yamlStart = match.index + match[0].indexOf('---') + 3;
  const firstLine = source.slice(0, yamlStart).split('\n').length;
  return { yaml: match[1], firstLine };
}

/** The body of an MDX file: what follows the closing --- line (the whole file when it has no frontmatter). */
export function mdxBody(source: string): string {
  const match = FRONTMATTER_RE.exec(source);
  if (!match) return source;
  const rest = source.slice(match.index + match[0].length);
  return rest.slice(rest.indexOf('\n') + 1);
}

const DASHES = Buffer.from('---');
const CLOSING = Buffer.from('\n---');

/** End of the first "\n---" after the first "---" in `bytes` (where the pattern above ends when it matches), or -1. */
function frontmatterEnd(bytes: Buffer): number {
  const opening = bytes.indexOf(DASHES);
  const closing = opening < 0 ? -1 : bytes.indexOf(CLOSING, opening + 3);
  return closing < 0 ? -1 : closing + CLOSING.length;
}

/**
 * The start of an MDX file that holds its frontmatter (all of it when there is no
 * closing ---), read from disk without reading a long body. extractFrontmatter gives
 * the same on these bytes as on the whole file. (UTF-8 never hides "-" or "\n"
 * inside a character, so the search works on bytes.)
 */
export function readFrontmatterBytes(filePath: string): Buffer {
  const fd = openSync(filePath, 'r');
  try {
    let buffer = Buffer.allocUnsafe(16384);
    let length = 0;
    for (;;) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length * 3)]);
      const read = readSync(fd, buffer, length, buffer.length - length, length);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
      const end = frontmatterEnd(buffer.subarray(0, length));
      if (end >= 0) return buffer.subarray(0, end);
    }
  } finally {
    closeSync(fd);
  }
}
