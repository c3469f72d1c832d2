/**
 * 文号 (document number) parsing and normalisation.
 *
 * A 文号 is an issuer code, a year in brackets and a number: 沙府发〔2025〕8号.
 * Exports print it with a space before 号, with ﹝﹞, [] or () brackets, or
 * split across lines; all of these normalise to one form so that the same
 * document is recognised however it was typed.
 */

export interface Wenhao {
  /** Issuer code as printed, without spaces, e.g. 沙府办发. */
  code: string;
  /** Four-digit year from the brackets. */
  year: number;
  /** Serial number within the year. */
  number: number;
}

const OPEN = '〔﹝\\[（(【';
const CLOSE = '〕﹞\\]）)】';
const WENHAO_RE = new RegExp(
  `^([\\u4e00-\\u9fa5A-Za-z]{1,12}?)\\s*[${OPEN}]?\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]?\\s*第?\\s*(\\d{1,4})\\s*号$`,
);

/** Parses a 文号 written in any common form; returns null when it is not one. */
export function parseWenhao(text: string): Wenhao | null {
  const compact = text.replace(/[\s\u3000]+/g, ' ').trim();
  const m = WENHAO_RE.exec(compact);
  if (!m) return null;
  const code = m[1].replace(/\s+/g, '');
  if (!/[\u4e00-\u9fa5]/.test(code)) return null;
  return { code, year: Number(m[2]), number: Number(m[3]) };
}

/** The one normal form: issuer code + 〔year〕 + number + 号. */
export function formatWenhao(w: Wenhao): string {
  return `${w.code}〔${w.year}〕${w.number}号`;
}

/** Normalises a 文号, or returns null when the text is not a 文号. */
export function normaliseWenhao(text: string): string | null {
  const parsed = parseWenhao(text);
  return parsed ? formatWenhao(parsed) : null;
}

/**
 * Short ASCII codes for issuer codes that appear on this site. Other codes fall
 * back to the pinyin initials computed by the slug module.
 */
export const ISSUER_SLUG_CODES: Readonly<Record<string, string>> = {
  沙府发: 'sfzf',
  沙府办发: 'sfbf',
  沙府函: 'sfhan',
  沙府办: 'sfb',
  沙府: 'sf',
};
