/**
 * Finds glossary terms in text: leftmost match first and, among the forms that
 * start at the same place, the longest (无废城市细胞 before 无废城市), so that a
 * term inside a longer term is never reported on its own.
 */
import { CLOSE, OPEN, needsQuotes, normalize, termForms } from './forms.ts';

/** What the matcher needs to know about a term. */
export interface MatchableTerm {
  id: string;
  term: string;
  variants: readonly string[];
}

/** One use of a term in a string: `text.slice(start, end)` is the use as printed. */
export interface TermMatch {
  termId: string;
  start: number;
  end: number;
  text: string;
}

interface Form {
  termId: string;
  form: string;
  quotedOnly: boolean;
}

export interface TermMatcher {
  /** Every use in `text`, in order, none overlapping; terms in `exclude` are not reported. */
  find(text: string, exclude?: ReadonlySet<string>): TermMatch[];
  /** The ids of the terms the matcher knows. */
  readonly termIds: readonly string[];
}

export function createMatcher(terms: readonly MatchableTerm[]): TermMatcher {
  // Forms grouped by their first character, longest first within a group.
  const byFirst = new Map<string, Form[]>();
  for (const t of terms) {
    for (const form of termForms(t.term, t.variants)) {
      const entry = { termId: t.id, form, quotedOnly: needsQuotes(form) };
      byFirst.set(form[0], [...(byFirst.get(form[0]) ?? []), entry]);
    }
  }
  for (const forms of byFirst.values()) forms.sort((a, b) => b.form.length - a.form.length);

  function find(original: string, exclude: ReadonlySet<string> = new Set()): TermMatch[] {
    const { text, origin } = normalize(original);
    const matches: TermMatch[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = (byFirst.get(text[i]) ?? []).find((f) => text.startsWith(f.form, i) && accepts(f, text, i));
      if (!hit) {
        i++;
        continue;
      }
      let first = i;
      let last = i + hit.form.length - 1;
      // A pair of quotes right around the use belongs to it: the link then covers “放管服” whole.
      if (text[first - 1] === OPEN && text[last + 1] === CLOSE) {
        first--;
        last++;
      }
      if (!exclude.has(hit.termId)) {
        const start = origin[first];
        const end = origin[last] + 1;
        matches.push({ termId: hit.termId, start, end, text: original.slice(start, end) });
      }
      i = last + 1;
    }
    return matches;
  }

  return { find, termIds: terms.map((t) => t.id) };
}

/** A short form counts only when it carries its own quotes or the text quotes it. */
function accepts(form: Form, text: string, at: number): boolean {
  if (!form.quotedOnly) return true;
  const ownQuotes = form.form.startsWith(OPEN) && form.form.endsWith(CLOSE);
  return ownQuotes || (text[at - 1] === OPEN && text[at + form.form.length] === CLOSE);
}
