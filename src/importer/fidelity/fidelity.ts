/**
 * Fidelity of an import: for each line of the export, the share of its content
 * characters (Chinese, digits, Latin letters) that appear, in order, in the
 * imported content. Punctuation, spaces and export markup (Word bookmarks,
 * HTML tags) do not count, so debris
 * removal and normalisation of spacing cost nothing, while a lost, changed or
 * moved word does.
 *
 * The content is a list of segments in source order (one per imported entry):
 * the entry's frontmatter text values, which may appear in any order, then its
 * body, which must follow the source. Lines are aligned greedily: an exact
 * match among the frontmatter values of the entries at the cursor, else an
 * exact match just ahead of the cursor in the text, else the longest common
 * subsequence within a tight window ahead.
 */

import { lcsIn } from './lcs.ts';

export { lcsIn };

export interface ContentSegment {
  /** Frontmatter text values (title, 文号, dates…), matched in any order. */
  fields: string;
  /** Body text, matched in source order. */
  body: string;
}

export interface LineFidelity {
  /** 1-based source line. */
  line: number;
  text: string;
  /** Content characters in the line (UTF-16 units; a rare astral character counts twice). */
  total: number;
  /** Of those, how many were found in order (or, for a line moved by a recorded repair, anywhere). */
  found: number;
  /** True when the line was found whole but out of order, and counted because the import recorded a reorder repair. */
  moved?: boolean;
}

export interface FidelityOptions {
  /**
   * True when the import recorded a `reorder` repair for this export (a block moved
   * back into reading order): a line not found in order then counts if its whole
   * content occurs elsewhere; it is flagged `moved` so the report can list it.
   */
  allowMoved?: boolean;
}

/** Lines shorter than this can match elsewhere by chance, so they never count as moved. */
const MIN_MOVED_LENGTH = 9;

export interface FidelityReport {
  lines: LineFidelity[];
  total: number;
  found: number;
  /** found / total (1 when the export has no content characters). */
  share: number;
  /** Content characters counted as moved (see FidelityOptions.allowMoved). */
  moved: number;
}

const CONTENT_CHAR = /[\p{Script=Han}\p{Nd}A-Za-zＡ-Ｚａ-ｚ]/u;

/** The content characters of a text, in order. */
export function contentChars(text: string): string {
  let out = '';
  for (const ch of text) if (CONTENT_CHAR.test(ch)) out += ch;
  return out;
}

/**
 * How far ahead of the cursor an exact match may lie. Short lines (a table cell
 * `1`, a page number `- 4 -`) match by chance anywhere, so they must match at
 * the cursor, give or take a heading or markup the import inserted.
 */
function exactWindow(length: number): number {
  if (length <= 3) return 40;
  if (length <= 8) return 400;
  return 4000 + 20 * length;
}

/** Export markup that is not printed text: Word bookmarks and HTML tags (their letters would count). */
const MARKUP = /\[bookmark: [^\]]*\]|<\/?(?:p|br|span|div)\b[^>]*>/gi;

interface Target {
  text: string;
  /** Per segment: [start, end) of its frontmatter values within text, and the end of its body. */
  segments: { start: number; end: number; bodyEnd: number }[];
}

function buildTarget(segments: ContentSegment[]): Target {
  let text = '';
  const ranges: Target['segments'] = [];
  for (const segment of segments) {
    const fields = contentChars(segment.fields);
    const start = text.length;
    text += fields + contentChars(segment.body);
    ranges.push({ start, end: start + fields.length, bodyEnd: text.length });
  }
  return { text, segments: ranges };
}

/** Frontmatter values of the entry under the cursor and the next two (an entry's title may print before its 文号). */
function nearbyFields(target: Target, cursor: number): string[] {
  const at = Math.max(
    0,
    target.segments.findIndex((s) => cursor < s.bodyEnd),
  );
  return target.segments.slice(at, at + 3).map((s) => target.text.slice(s.start, s.end));
}

/** Distance from `from` to `to` in body text only: frontmatter values in between do not count. */
function bodyDistance(target: Target, from: number, to: number): number {
  let distance = to - from;
  for (const s of target.segments) distance -= Math.max(0, Math.min(to, s.end) - Math.max(from, s.start));
  return distance;
}

/** Scores every line of the export against the imported content. */
export function measureFidelity(
  sourceLines: string[],
  segments: ContentSegment[],
  options: FidelityOptions = {},
): FidelityReport {
  const target = buildTarget(segments);
  const t = target.text;
  const lines: LineFidelity[] = [];
  let cursor = 0;

  sourceLines.forEach((text, index) => {
    const s = contentChars(text.replace(MARKUP, ''));
    const k = s.length;
    if (k === 0) return;
    const entry: LineFidelity = { line: index + 1, text, total: k, found: 0 };
    lines.push(entry);

    // Frontmatter values first: they hold the title, 文号 and dates in any order, and a
    // common string (an issuer) found there must not send the cursor far ahead in a body.
    const fields = nearbyFields(target, cursor);
    if (fields.some((f) => f.includes(s))) {
      entry.found = k;
      return;
    }
    const exact = t.indexOf(s, cursor);
    if (exact >= 0 && bodyDistance(target, cursor, exact) <= exactWindow(k)) {
      entry.found = k;
      cursor = exact + s.length;
      return;
    }
    // A tight window: characters scattered far ahead are chance matches, not this line.
    const window = t.slice(cursor, cursor + Math.ceil(1.5 * k) + 20);
    const aligned = lcsIn(s, window);
    const inFields = Math.max(0, ...fields.map((f) => lcsIn(s, f).length));
    // Less than half a line in common is chance (common characters), not this line.
    const best = Math.max(aligned.length, inFields);
    entry.found = best >= k / 2 ? best : 0;
    if (aligned.length >= 0.8 * k && aligned.length >= inFields) cursor += aligned.end;
    else if (options.allowMoved && k >= MIN_MOVED_LENGTH && entry.found < k && t.includes(s)) {
      entry.found = k;
      entry.moved = true;
    }
  });

  const total = lines.reduce((n, l) => n + l.total, 0);
  const found = lines.reduce((n, l) => n + l.found, 0);
  const moved = lines.reduce((n, l) => n + (l.moved ? l.total : 0), 0);
  return { lines, total, found, share: total ? found / total : 1, moved };
}

/** The `count` lines with the lowest share found (most characters missing first among equals). */
export function worstLines(report: FidelityReport, count = 10): LineFidelity[] {
  return report.lines
    .filter((l) => l.found < l.total)
    .sort((a, b) => a.found / a.total - b.found / b.total || b.total - b.found - (a.total - a.found) || a.line - b.line)
    .slice(0, count);
}
