/**
 * Glossary terms as the linking, the term pages and the JSON export need them,
 * independent of where they were read from (Astro's collection or the files).
 */
import { firstLine } from '../glossary-index.ts';
import { createMatcher, type TermMatcher } from './matcher.ts';

export interface TermDefinition {
  /** Id of the report whose 名词解释 gives this definition. */
  reportId: string;
  year: number;
  number: number;
  heading: string | null;
  text: string;
  /** The definition's wording in the report's other editions, where it differs. */
  editions?: { edition: string; text: string }[];
}

export interface GlossaryTerm {
  id: string;
  term: string;
  variants: string[];
  definitions: TermDefinition[];
  /** Related term ids as written in the entry. */
  related: string[];
}

/** Longest length of a short definition, in characters. */
export const SHORT_DEFINITION_LENGTH = 80;

/** Definitions oldest first (the newest is last). */
export function definitionsByYear(term: GlossaryTerm): TermDefinition[] {
  return [...term.definitions].sort((a, b) => a.year - b.year || a.reportId.localeCompare(b.reportId));
}

/**
 * The definition to show beside a use: the one from the report being read when it
 * defines the term, else the newest.
 */
export function definitionFor(term: GlossaryTerm, reportId?: string): TermDefinition {
  const sorted = definitionsByYear(term);
  return sorted.find((d) => d.reportId === reportId) ?? sorted[sorted.length - 1];
}

/** The first sentence of that definition, cut to a readable length. */
export function shortDefinition(term: GlossaryTerm, reportId?: string): string {
  return firstLine(definitionFor(term, reportId).text, SHORT_DEFINITION_LENGTH);
}

export function termMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
  return createMatcher(terms);
}

/**
 * Related terms: those whose definitions mention this term, and those this term's
 * definitions mention (a term mentioning itself does not count), plus the ones the
 * entry lists itself. Keyed by term id; unknown ids listed in entries are dropped.
 */
export function relatedTerms(terms: readonly GlossaryTerm[], matcher = termMatcher(terms)): Map<string, string[]> {
  const known = new Set(terms.map((t) => t.id));
  const related = new Map<string, Set<string>>(terms.map((t) => [t.id, new Set<string>()]));
  const link = (a: string, b: string) => {
    if (a === b || !known.has(a) || !known.has(b)) return;
    related.get(a)!.add(b);
    related.get(b)!.add(a);
  };
  for (const t of terms) {
    for (const id of t.related) link(t.id, id);
    for (const d of t.definitions) {
      for (const m of matcher.find(d.text, new Set([t.id]))) link(t.id, m.termId);
    }
  }
  return new Map([...related].map(([id, set]) => [id, [...set].sort()]));
}

/** A definition's report as either collection form gives it: an id, or Astro's { id } reference. */
type ReportRef = string | { id: string };

/** A glossary entry's data (frontmatter as written, or as Astro's schema returns it) as a term. */
export function glossaryTermFrom(
  id: string,
  data: {
    term: string;
    variants?: readonly string[];
    definitions: readonly {
      report: ReportRef;
      year: number;
      number: number;
      heading?: string | null;
      text: string;
      editions?: readonly { edition: string; text: string }[];
    }[];
    related?: readonly ReportRef[];
  },
): GlossaryTerm {
  const idOf = (ref: ReportRef) => (typeof ref === 'string' ? ref : ref.id);
  return {
    id,
    term: data.term,
    variants: [...(data.variants ?? [])],
    definitions: data.definitions.map((d) => ({
      reportId: idOf(d.report),
      year: d.year,
      number: d.number,
      heading: d.heading ?? null,
      text: d.text,
      ...(d.editions?.length ? { editions: d.editions.map((e) => ({ edition: e.edition, text: e.text })) } : {}),
    })),
    related: (data.related ?? []).map(idOf),
  };
}
