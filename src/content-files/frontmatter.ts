/**
 * Splits an MDX file into its YAML frontmatter and the line the YAML starts on,
 * with the same rule as Astro (@astrojs/internal-helpers/frontmatter): the file
 * starts (after an optional BOM or blank lines) with ---, and the first later
 * line starting with --- closes it. mdxBody gives the body the way Astro does.
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

/** End of the first "\n---" after the first "---" in `bytes` (where the pattern above ends when it matches), or -1. */
function frontmatterEnd(bytes: Buffer): number {
  const opening = bytes.indexOf(DASHES);
  const closing = opening < 0 ? -1 : bytes.indexOf(CLOSING, opening + 3);
  return closing < 0 ? -1 : closing + CLOSING.length;
}

/**
 * The start of an MDX file's bytes that holds its frontmatter (all of them when there
 * is no closing ---), hashed as the key of its parse. extractFrontmatter gives the same
 * on these bytes as on the whole file. (UTF-8 never hides "-" or "\n" inside a
 * character, so the search works on bytes.)
 */
export function frontmatterBytes(bytes: Buffer): Buffer {
  const end = frontmatterEnd(bytes);
  return end < 0 ? bytes : bytes.subarray(0, end);
}

/**
 * The body of an MDX file as Astro's MDX integration passes it to the loader (the
 * frontmatter blanked out, then the whole trimmed), and the file line it starts on.
 */
export function mdxBody(source: string): { text: string; firstLine: number } {
  const match = FRONTMATTER_RE.exec(source);
  const rest = match ? source.slice(match.index + match[0].length) : source;
  const text = rest.trim();
  const start = source.length - rest.length + (rest.length - rest.trimStart().length);
  return { text, firstLine: text ? source.slice(0, start).split('\n').length : 1 };
}
