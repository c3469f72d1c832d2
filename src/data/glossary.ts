/**
 * Astro-side glossary data, computed once per build: the terms, their related terms
 * and where every document and report body uses them. Uses are found when a body is
 * rendered (src/loaders/mdx-entries.ts) with the same anchor rules as the built pages,
 * so each use links to the paragraph that holds it; unchanged bodies keep theirs.
 */
import { getCollection } from 'astro:content';
import { documentUrl, type CatalogueItem } from '../lib/catalogue.ts';
import { getCatalogue } from './catalogue.ts';
import { groupByPinyin } from '../lib/glossary-index.ts';
import { createMatcher, type TermMatcher } from '../lib/glossary/matcher.ts';
import { glossaryTermFrom, relatedTerms, type GlossaryTerm } from '../lib/glossary/terms.ts';
import type { BlockUsage } from '../lib/glossary/usages.ts';

/** One document's uses of a term. */
export interface DocumentUses {
  document: CatalogueItem;
  /** Blocks using the term, in document order. */
  blocks: BlockUsage[];
  /** Uses in the whole body. */
  count: number;
}

export interface GlossaryData {
  /** Terms in pinyin order. */
  terms: GlossaryTerm[];
  byId: Map<string, GlossaryTerm>;
  matcher: TermMatcher;
  related: Map<string, GlossaryTerm[]>;
  /** Documents using each term, newest first. */
  usedIn: Map<string, DocumentUses[]>;
  /** Reports that define terms, by id. */
  reports: Map<string, { title: string; year: number; url: string }>;
}

let cache: Promise<GlossaryData> | undefined;

async function load(): Promise<GlossaryData> {
  const entries = await getCollection('glossary');
  const unordered = entries.map((e) => glossaryTermFrom(e.id, e.data));
  const terms = groupByPinyin(unordered, (t) => t.term).flatMap((g) => g.items);
  const byId = new Map(terms.map((t) => [t.id, t]));
  const matcher = createMatcher(terms);
  const relatedIds = relatedTerms(terms, matcher);
  const order = new Map(terms.map((t, i) => [t.id, i]));
  const related = new Map(
    terms.map((t) => [
      t.id,
      relatedIds
        .get(t.id)!
        .map((id) => byId.get(id)!)
        .sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    ]),
  );

  const usedIn = new Map<string, DocumentUses[]>(terms.map((t) => [t.id, []]));
  const [notices, reportEntries] = await Promise.all([getCollection('notices'), getCollection('reports')]);
  // Each body's uses were found when it was rendered (src/loaders/mdx-entries.ts), with the same matcher rules.
  const usesOf = new Map(
    [...notices, ...reportEntries].map((e) => [
      `${e.collection}/${e.id}`,
      (e.rendered?.metadata?.glossaryUses ?? []) as BlockUsage[],
    ]),
  );
  for (const document of await getCatalogue()) {
    const perTerm = new Map<string, BlockUsage[]>();
    for (const usage of usesOf.get(`${document.collection}/${document.id}`) ?? []) {
      if (usedIn.has(usage.termId)) perTerm.set(usage.termId, [...(perTerm.get(usage.termId) ?? []), usage]);
    }
    for (const [termId, blocks] of perTerm) {
      usedIn.get(termId)!.push({ document, blocks, count: blocks.reduce((n, b) => n + b.count, 0) });
    }
  }
  const reports = new Map(
    reportEntries.map((e) => [e.id, { title: e.data.title, year: e.data.year, url: documentUrl('reports', e.id) }]),
  );
  return { terms, byId, matcher, related, usedIn, reports };
}

/** The glossary data of this build. */
export function glossaryData(): Promise<GlossaryData> {
  cache ??= load();
  return cache;
}
