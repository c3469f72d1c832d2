/**
 * Glossary cards for a search: the glossary terms among the hits that the
 * query names (src/lib/search/results.ts glossaryCards). A term's card needs
 * its term, other written forms and definition, which are in part 0 of its
 * file, so only the best-ranked glossary hits (title matches first) are read.
 */
import { isGlossary } from '../../lib/search/catalogue.ts';
import type { DocHead } from '../../lib/search/index-records.ts';
import type { SearchQuery } from '../../lib/search/query.ts';
import { glossaryCards, type DocHit } from '../../lib/search/results.ts';
import { docPart } from './docs.ts';
import type { RunResult } from './engine.ts';

/** Glossary hits whose files are read to find cards. */
const CANDIDATES = 6;

export interface Card {
  hit: DocHit;
  head: DocHead;
}

export async function findCards(run: RunResult, query: SearchQuery): Promise<Card[]> {
  const candidates = run.hits.filter((hit) => isGlossary(run.catalogue, hit.doc)).slice(0, CANDIDATES);
  const loaded = await Promise.all(
    candidates.map(async (hit) => ({ hit, head: await docPart(run.catalogue, hit, 0) })),
  );
  const chosen = glossaryCards(loaded, query);
  return chosen.map((hit) => loaded.find((c) => c.hit === hit)!);
}
