/**
 * The one segmentation used on both sides of the search: at build time to
 * write each page's text into the Pagefind index, and in the browser to turn
 * a query into Pagefind words.
 *
 * Why not Pagefind's own Chinese segmentation: it segments pages with one
 * dictionary when indexing and queries with the browser's Intl.Segmenter when
 * searching, and the two disagree (Pagefind issue #1237), so a query can miss
 * a page that contains it verbatim. Here every Han character is its own word
 * and every run of letters or digits is one word: a segmentation that needs no
 * dictionary, depends on no context, and that no segmenter downstream can
 * split further. Phrases are then matched as consecutive words.
 *
 * Punctuation and symbols are not words: they ride along with the word before
 * them (or the first word, at the start), so they keep their place in excerpts
 * without taking a word position (a position between 策 and 法 would break the
 * phrase 产业政策、法规标准).
 */

const HAN = /\p{Script=Han}/u;
/**
 * Rides on the last token of a block (paragraph, table cell) so that excerpts
 * can show where one block ends and the next begins; like punctuation, it is
 * not a word. U+241E SYMBOL FOR RECORD SEPARATOR: never typed, never printed.
 */
export const BLOCK_MARK = '\u241e';
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]/gu;

const enum Kind {
  Unknown,
  Han,
  Word,
  Digit,
  Space,
  Other,
}
/** Kind of each BMP character, filled in on first sight (a page has a few thousand distinct characters). */
const KINDS = new Uint8Array(0x10000);

function classify(c: string): Kind {
  if (HAN.test(c)) return Kind.Han;
  if (/[0-9\uFF10-\uFF19]/.test(c)) return Kind.Digit;
  if (WORD_CHAR.test(c)) return Kind.Word;
  return SPACE.test(c) ? Kind.Space : Kind.Other;
}

function kindOf(c: string): Kind {
  if (c.length > 1) return classify(c);
  const code = c.charCodeAt(0);
  return KINDS[code] || (KINDS[code] = classify(c));
}

/**
 * Full-width letters and digits (Ａ, １) to ASCII, and lower case: the same
 * folding on both sides. Full-width punctuation stays as printed (it is not a word).
 */
export function foldText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

export function isHan(char: string): boolean {
  return kindOf(char) === Kind.Han;
}

/**
 * Splits text into tokens as printed (not folded): each holds exactly one word
 * (a Han character or a run of letters and digits, with a decimal point kept
 * inside numbers) plus the punctuation that follows it. Whitespace is dropped;
 * a line break marks the end of a block on the token before it.
 */
export function displayTokens(text: string): string[] {
  const tokens: string[] = [];
  let leading = '';
  let inWord = false;
  let previous = Kind.Unknown;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const kind = kindOf(c);
    if (kind === Kind.Space) {
      const last = tokens.length - 1;
      if (c === '\n' && last >= 0 && !tokens[last].endsWith(BLOCK_MARK)) tokens[last] += BLOCK_MARK;
      inWord = false;
    } else if (kind === Kind.Han) {
      tokens.push(leading + c);
      leading = '';
      inWord = false;
    } else if (
      kind === Kind.Word ||
      kind === Kind.Digit ||
      (c === '.' && inWord && previous === Kind.Digit && kindOf(chars[i + 1] ?? ' ') === Kind.Digit)
    ) {
      if (inWord) tokens[tokens.length - 1] += c;
      else tokens.push(leading + c);
      leading = '';
      inWord = true;
    } else {
      if (tokens.length) tokens[tokens.length - 1] += c;
      else leading += c;
      inWord = false;
    }
    previous = kind;
  }
  return tokens;
}

/** Tokens as the index and the query see them: folded (see foldText). */
export function indexTokens(text: string): string[] {
  return displayTokens(foldText(text));
}

/** Words of tokens seen so far: a site has a few thousand distinct tokens, most of them one Han character. */
const WORDS = new Map<string, string>();

/** The word a token stands for, as Pagefind stores it: its letters and digits only, folded. */
export function tokenWord(token: string): string {
  let word = WORDS.get(token);
  if (word === undefined) {
    word = foldText(token).replace(NOT_WORD, '');
    if (WORDS.size > 100_000) WORDS.clear();
    WORDS.set(token, word);
  }
  return word;
}

/** The words of a text, in order: what a query phrase is matched against, and what the index holds. */
export function textWords(text: string): string[] {
  return displayTokens(text).map(tokenWord);
}

/** Text as Pagefind indexes it: one token per word position, separated by spaces. */
export function indexText(text: string): string {
  return indexTokens(text).join(' ');
}
