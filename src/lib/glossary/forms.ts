/**
 * The written forms under which a glossary term is recognised in text.
 *
 * Printed text varies in ways that do not change the term: letter-spacing
 * ("15 分钟" for "15分钟"), quote styles (‘双减’, 「双减」 for “双减”) and quotes
 * kept or dropped (打好“四张牌” / 打好四张牌). Text and forms are both reduced to
 * one normal form, so that a single comparison covers all of these.
 */

/**
 * The quote mark a character is unified with (‘ 「 『 → “, ’ 」 』 → ”), or undefined.
 * “ and ” stay as they are. Tested by code: called for every character of every body.
 */
function unifiedQuote(code: number): string | undefined {
  switch (code) {
    case 0x2018:
    case 0x300c:
    case 0x300e:
      return '“';
    case 0x2019:
    case 0x300d:
    case 0x300f:
      return '”';
    default:
      return undefined;
  }
}

/** Characters that the normal form drops or replaces (as isWhitespace and unifiedQuote). */
const TO_REWRITE = /[\s‘’「」『』]/;

/** The characters JavaScript's \s matches, tested by code. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The unified opening and closing quote marks of the normal form. */
export const OPEN = '“';
export const CLOSE = '”';

/**
 * Forms of two characters or fewer (两重, 四区, 双减) are ordinary words too
 * (两重大, 第四区), so they count as the term only where the text quotes them.
 */
export const SHORT_FORM_LENGTH = 2;

/** Text in normal form, with the index in the original text of each of its characters. */
export interface NormalText {
  text: string;
  /** `origin[i]` is the index in the original string of `text[i]` (UTF-16 code units). */
  origin: number[];
}

/** Drops whitespace and unifies quote marks; keeps a map back to the original positions. */
export function normalize(original: string): NormalText {
  const origin: number[] = [];
  const text = rewrite(original, origin);
  return { text, origin };
}

/** The normal form of `original` alone (no position map): the text itself when nothing in it changes. */
export function normalText(original: string): string {
  if (!TO_REWRITE.test(original)) return original;
  return original
    .replace(/\s+/g, '')
    .replace(/[‘「『]/g, '“')
    .replace(/[’」』]/g, '”');
}

/** The normal form, pushing each kept character's original index to `origin` when given. */
function rewrite(original: string, origin?: number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const unified = unifiedQuote(code);
    const space = !unified && isWhitespace(code);
    if (unified || space) {
      parts.push(original.slice(from, i));
      if (unified) parts.push(unified);
      from = i + 1;
    }
    if (!space) origin?.push(i);
  }
  parts.push(original.slice(from));
  return parts.join('');
}

/** A form with its quotes removed: 打好“四张牌” → 打好四张牌. */
export function withoutQuotes(form: string): string {
  return form.split(OPEN).join('').split(CLOSE).join('');
}

/** True when a normalized form is short enough to need quotes around it in text. */
export function needsQuotes(form: string): boolean {
  return [...withoutQuotes(form)].length <= SHORT_FORM_LENGTH;
}

/**
 * Every normalized form of a term: as printed, each variant, and each of them
 * without quotes. (Quotes around a whole form are matched by the matcher, which
 * extends a match over a pair of quotes that encloses it.) Longest first.
 */
export function termForms(term: string, variants: readonly string[] = []): string[] {
  const forms = new Set<string>();
  for (const written of [term, ...variants]) {
    const normal = normalize(written).text;
    if (!normal) continue;
    forms.add(normal);
    const bare = withoutQuotes(normal);
    if (bare) forms.add(bare);
  }
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}
