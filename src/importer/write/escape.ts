/**
 * MDX escaping: imported text must render as the text it is, never as JSX,
 * an expression, markdown markup or a link. Every ASCII character with a
 * meaning in MDX or GFM is backslash-escaped; a line start that would open a
 * heading, list, quote or thematic break is escaped too.
 */

/** Characters escaped anywhere in a text. */
const SPECIAL = /[\\`*_{}[\]<>|~&#!]/g;

/**
 * GFM turns bare URLs, www. names and e-mail addresses into links whatever is
 * escaped, so such a token is written as a string expression: {"www.example.com"}
 * (at a line start &#x77;{"ww.example.com"}).
 */
const LINKABLE =
  /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[A-Za-z0-9./:_%?#=&~+@!$'*,;-]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** Escapes one line of text (no line breaks expected). */
export function escapeText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(LINKABLE)) {
    out += escapePlain(text.slice(last, m.index));
    // A paragraph of nothing but expressions and whitespace is unwrapped (no <p>): one that
    // would start so begins with a character reference instead.
    const first = text.slice(0, m.index).trim() === '' ? characterReference(m[0][0]) : '';
    out += `${first}{${JSON.stringify(m[0].slice(first ? 1 : 0))}}`;
    last = (m.index ?? 0) + m[0].length;
  }
  out += escapePlain(text.slice(last));
  return escapeLineStart(out);
}

const escapePlain = (text: string): string => text.replace(SPECIAL, (ch) => `\\${ch}`);

/** A character as a numeric character reference, which MDX renders as the character and never as markup. */
export const characterReference = (ch: string): string => `&#x${ch.codePointAt(0)!.toString(16)};`;

/**
 * Line starts that open something: `-`, `+`, `=` and `N.`/`N)` open markdown blocks,
 * `import`/`export` an ESM block, leading whitespace an indented code block (and
 * Markdown drops it, as Astro's trim drops any whitespace at a body's ends).
 */
function escapeLineStart(line: string): string {
  const lead = /^\s+/.exec(line)?.[0] ?? '';
  const trail = lead === line ? '' : (/\s+$/.exec(line)?.[0] ?? '');
  const middle = line.slice(lead.length, line.length - trail.length);
  const ends = (text: string) =>
    [...lead].map(characterReference).join('') + text + [...trail].map(characterReference).join('');
  const numbered = /^(\d{1,9})([.)])/.exec(middle);
  if (numbered) return ends(`${numbered[1]}\\${numbered[2]}${middle.slice(numbered[0].length)}`);
  if (/^[-+=]/.test(middle)) return ends(`\\${middle}`);
  if (/^(?:import|export)\b/.test(middle)) return ends(characterReference(middle[0]) + middle.slice(1));
  return ends(middle);
}

/** Escapes a multi-line text line by line (for table cells joined with <br />). */
export function escapeLines(text: string): string[] {
  return text.split('\n').map(escapeText);
}

/** A table cell: escaped lines joined by <br />, pipes escaped (already by SPECIAL). */
export function escapeCell(text: string): string {
  return escapeLines(text.trim()).join('<br />');
}

/** A JSX attribute value in double quotes: quotes and braces cannot break out. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;'));
}

/** Content of a fenced ```text block: a line of three or more backticks would close it early. */
export function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`{3,}/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}
