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
