/**
 * One glossary entry per term, merged with the entry the content folder may
 * already hold for that term (another year's 名词解释): each report keeps its
 * own definition, oldest first; a new term gets its pinyin slug, with -2, -3
 * when another term already uses it.
 */
import { glossarySlug } from '../../lib/slug.ts';
import type { GlossaryEntryDraft, ReportDraft } from '../structure/model.ts';
import { termVariants } from '../structure/glossary.ts';
import { wordingOf } from '../../lib/editions/wording.ts';

export interface GlossaryFile {
  slug: string;
  data: { term: string; variants: string[]; definitions: Definition[]; related: string[] };
}

export interface Definition {
  report: string;
  year: number;
  number: number;
  heading: string | null;
  text: string;
}

/** The term as compared: no quotes, book-title marks or spaces (as the content checker compares). */
export const termKey = (term: string): string => term.replace(/[“”"‘’'《》〈〉「」『』\s\u3000]/g, '');

export function definitionOf(
  entry: GlossaryEntryDraft,
  term: string,
  report: ReportDraft,
  reportSlug: string,
): Definition {
  return {
    report: reportSlug,
    year: report.year,
    number: entry.printedNo,
    heading: entry.terms.length > 1 ? entry.heading : null,
    text: entry.definition,
  };
}

/** Adds (or replaces) one report's definition; returns whether an earlier different definition from that report was replaced. */
export function mergeDefinition(file: GlossaryFile, term: string, def: Definition): { replacedDifferent: boolean } {
  const existing = file.data.definitions.find((d) => d.report === def.report);
  const replacedDifferent = !!existing && JSON.stringify(normaliseDef(existing)) !== JSON.stringify(normaliseDef(def));
  file.data.definitions = [...file.data.definitions.filter((d) => d.report !== def.report), def].sort(
    (a, b) => a.year - b.year || a.report.localeCompare(b.report),
  );
  const variants = new Set([...file.data.variants, ...termVariants(term), ...(term !== file.data.term ? [term] : [])]);
  variants.delete(file.data.term);
  file.data.variants = [...variants].sort();
  return { replacedDifferent };
}

/** A definition as compared: its text by wording, so an export style's spacing is not a different definition. */
const normaliseDef = (d: Definition) => ({
  report: d.report,
  year: d.year,
  number: d.number,
  heading: d.heading ?? null,
  text: wordingOf(d.text),
});

export function newGlossaryFile(term: string, taken: (slug: string) => boolean): GlossaryFile {
  const base = glossarySlug(term);
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return { slug, data: { term, variants: termVariants(term), definitions: [], related: [] } };
}
