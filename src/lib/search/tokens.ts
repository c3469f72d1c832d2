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
  return HAN.test(char);
}

/** A letter or digit that is not Han: these group into one word (1220.9, pm2.5, drg). */
function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char) && !HAN.test(char);
}

/**
 * Splits text into display tokens: each holds exactly one word (a Han
 * character or a run of letters and digits, with a decimal point kept inside
 * numbers) plus the punctuation that follows it. Whitespace is dropped.
 */
export function indexTokens(text: string): string[] {
  const chars = Array.from(foldText(text));
  const tokens: string[] = [];
  let leading = '';
  let inWord = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (SPACE.test(c)) {
      if (c === '\n' && tokens.length && !tokens[tokens.length - 1].endsWith(BLOCK_MARK)) tokens[tokens.length - 1] += BLOCK_MARK;
      inWord = false;
    } else if (isHan(c)) {
      tokens.push(leading + c);
      leading = '';
      inWord = false;
    } else if (isWordChar(c) || (c === '.' && inWord && /\d/.test(chars[i - 1]) && /\d/.test(chars[i + 1] ?? ''))) {
      if (inWord) tokens[tokens.length - 1] += c;
      else tokens.push(leading + c);
      leading = '';
      inWord = true;
    } else {
      if (tokens.length) tokens[tokens.length - 1] += c;
      else leading += c;
      inWord = false;
    }
  }
  return tokens;
}

/** The word a token stands for, as Pagefind stores it: its letters and digits only. */
export function tokenWord(token: string): string {
  return Array.from(token)
    .filter((c) => isHan(c) || isWordChar(c))
    .join('');
}

/** The words of a text, in order: what a query phrase is matched against. */
export function textWords(text: string): string[] {
  return indexTokens(text).map(tokenWord);
}

/** Text as Pagefind indexes it: one token per word position, separated by spaces. */
export function indexText(text: string): string {
  return indexTokens(text).join(' ');
}
