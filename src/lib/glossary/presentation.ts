/**
 * Wording of the term pages: definitions grouped across years, how a use's place
 * is named, the 引用 line.
 */
import type { BlockUsage } from './usages.ts';
import { definitionsByYear, type GlossaryTerm, type TermDefinition } from './terms.ts';

/** One definition as the term page shows it, compared with the one before it. */
export interface DefinitionCard {
  def: TermDefinition;
  /** Element id: def-<year>, with -2, -3 for further definitions of the same year. */
  id: string;
  /** The printed entry heading, when it names more than this term (公民同招、民办摇号). */
  heading: string | null;
  /** The previous definition's year, when this one repeats it word for word. */
  sameAs: number | null;
  /** The previous definition's year, when this one reads differently. */
  changedFrom: number | null;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** Every definition oldest first, each compared with the one before it. */
export function definitionCards(term: GlossaryTerm): DefinitionCard[] {
  const perYear = new Map<number, number>();
  return definitionsByYear(term).map((def, i, all) => {
    const n = (perYear.get(def.year) ?? 0) + 1;
    perYear.set(def.year, n);
    const previous = i > 0 ? all[i - 1] : undefined;
    const same = previous !== undefined && sameText(previous.text, def.text);
    return {
      def,
      id: n === 1 ? `def-${def.year}` : `def-${def.year}-${n}`,
      heading: def.heading && def.heading !== term.term ? def.heading : null,
      sameAs: same ? previous.year : null,
      changedFrom: previous && !same ? previous.year : null,
    };
  });
}

/** Where a use is, in words: 第12段, 标题“…”, or 第12段后的表格 for a block without an anchor of its own. */
export function placeLabel(usage: BlockUsage, headingText?: string): string {
  const paragraph = /^p-(\d+)$/.exec(usage.anchor);
  if (usage.anchorIsOwn) return paragraph ? `第${paragraph[1]}段` : `标题“${headingText ?? usage.excerpt.match}”`;
  if (!usage.anchor) return `正文开头的${usage.blockKind}`;
  return paragraph ? `第${paragraph[1]}段后的${usage.blockKind}` : `该标题下的${usage.blockKind}`;
}

/**
 * The line a journalist copies: the term, its newest source and number in that
 * report's list, and the permanent URL.
 */
export function termCitation(term: GlossaryTerm, reportLabel: (reportId: string) => string, url: string): string {
  const newest = definitionsByYear(term).at(-1)!;
  // Quotes inside the quoted term become single quotes, as Chinese nesting requires.
  const inner = term.term
    .replace(/^“([^“”]*)”$/, '$1')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
  return `“${inner}”，见${reportLabel(newest.reportId)}“名词解释”第${newest.number}条。${url}`;
}

/** A report named for readers: its title, preceded by its year when the title does not say it. */
export function reportLabel(report: { title: string; year: number }): string {
  return report.title.includes(String(report.year)) ? report.title : `${report.year}年${report.title}`;
}
