/**
 * Entries of the collections as the pages that route or count them read them. Pages
 * ask here rather than astro:content, so that every read of the collections is in
 * src/data and a page stays markup over data.
 */
import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';

/** Every notice (通知、通告、意见…), in collection order. */
export const allNotices = (): Promise<CollectionEntry<'notices'>[]> => getCollection('notices');

/** Every report, in collection order. */
export const allReports = (): Promise<CollectionEntry<'reports'>[]> => getCollection('reports');

/** Reports newest year first, then by id: the order of the reports list. */
export async function reportsNewestFirst(): Promise<CollectionEntry<'reports'>[]> {
  return (await allReports()).sort((a, b) => b.data.year - a.data.year || a.id.localeCompare(b.id));
}

/** How many glossary terms and indicators the site has: the home page's counts. */
export async function referenceCounts(): Promise<{ glossary: number; indicators: number }> {
  const [glossary, indicators] = await Promise.all([getCollection('glossary'), getCollection('indicators')]);
  return { glossary: glossary.length, indicators: indicators.length };
}

/** The gazette issue a report was printed in, if any, and the glossary terms it explains. */
export async function reportLinks(data: CollectionEntry<'reports'>['data']): Promise<{
  gazette: CollectionEntry<'gazettes'> | undefined;
  terms: CollectionEntry<'glossary'>[];
}> {
  const [gazette, terms] = await Promise.all([
    data.gazette ? getEntry('gazettes', data.gazette.id) : undefined,
    getEntries(data.glossary.map((term) => ({ collection: 'glossary' as const, id: term.id }))),
  ]);
  return { gazette, terms };
}
