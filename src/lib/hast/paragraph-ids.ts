/**
 * The citable id of a body's top-level paragraph. One rule for the renderer that
 * writes the ids, the glossary's usage list and the targets' figure sources that
 * link to them.
 */

/** Paragraph anchor id for the n-th top-level paragraph (1-based). */
export function paragraphId(n: number): string {
  return `p-${n}`;
}
