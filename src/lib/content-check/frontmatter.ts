/**
 * Splits an MDX file into its YAML frontmatter and the line the YAML starts on,
 * with the same rule as Astro (@astrojs/internal-helpers/frontmatter): the file
 * starts (after an optional BOM or blank lines) with ---, and the first later
 * line starting with --- closes it.
 */

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

const DASHES = Buffer.from('---');
const CLOSING = Buffer.from('\n---');

/**
 * The start of an MDX file's bytes that holds its frontmatter: up to the end of the
 * first "\n---" after the first "---" (where the pattern above ends when it matches),
 * or all of it. extractFrontmatter gives the same on these bytes as on the whole
 * file, without decoding a long body. (UTF-8 never hides "-" or "\n" inside a character.)
 */
export function frontmatterBytes(bytes: Buffer): Buffer {
  const opening = bytes.indexOf(DASHES);
  const closing = opening < 0 ? -1 : bytes.indexOf(CLOSING, opening + 3);
  return closing < 0 ? bytes : bytes.subarray(0, closing + CLOSING.length);
}
