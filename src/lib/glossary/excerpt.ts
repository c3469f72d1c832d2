/** A short excerpt of text around one use of a term, for the term page's 出现在 list. */

export interface Excerpt {
  /** Text before the use, with a leading … when cut. */
  before: string;
  /** The use as printed. */
  match: string;
  /** Text after the use, with a trailing … when cut. */
  after: string;
}

/** Characters kept on each side of the use. */
export const EXCERPT_CONTEXT = 24;

/** Cuts `text` around `[start, end)`, keeping `context` characters (code points) each side; whitespace runs collapse. */
export function excerptAround(text: string, start: number, end: number, context = EXCERPT_CONTEXT): Excerpt {
  const squeeze = (s: string) => s.replace(/\s+/g, ' ');
  const beforeChars = [...squeeze(text.slice(0, start)).trimStart()];
  const afterChars = [...squeeze(text.slice(end)).trimEnd()];
  const before = beforeChars.length > context ? `…${beforeChars.slice(-context).join('')}` : beforeChars.join('');
  const after = afterChars.length > context ? `${afterChars.slice(0, context).join('')}…` : afterChars.join('');
  return { before, match: text.slice(start, end), after };
}

/** The excerpt as one line of plain text. */
export function excerptText(excerpt: Excerpt): string {
  return `${excerpt.before}${excerpt.match}${excerpt.after}`;
}
