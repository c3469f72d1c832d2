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
 * escaped, so such a token is written as a string expression: {"www.example.com"}.
 */
const LINKABLE = /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[A-Za-z0-9./:_%?#=&~+@!$'*,;-]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** Escapes one line of text (no line breaks expected). */
export function escapeText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(LINKABLE)) {
    out += escapePlain(text.slice(last, m.index));
    out += `{${JSON.stringify(m[0])}}`;
    last = (m.index ?? 0) + m[0].length;
  }
  out += escapePlain(text.slice(last));
  return escapeLineStart(out);
}

const escapePlain = (text: string): string => text.replace(SPECIAL, (ch) => `\\${ch}`);

/** `-`, `+`, `=` and `N.`/`N)` at the start of a line open markdown blocks. */
function escapeLineStart(line: string): string {
  const numbered = /^(\d{1,9})([.)])/.exec(line);
  if (numbered) return `${numbered[1]}\\${numbered[2]}${line.slice(numbered[0].length)}`;
  if (/^[-+=]/.test(line)) return `\\${line}`;
  return line;
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
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;'));
}

/** Content of a fenced ```text block: a line of three or more backticks would close it early. */
export function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`{3,}/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}
