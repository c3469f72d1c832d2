/** Astro-side access to the catalogue: reads the collections once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { documentUrl, sortCatalogue, type CatalogueItem } from '../lib/catalogue.ts';

let cache: Promise<CatalogueItem[]> | undefined;

function fromNotice(e: CollectionEntry<'notices'>): CatalogueItem {
  const d = e.data;
  return {
    collection: 'notices',
    id: e.id,
    url: documentUrl('notices', e.id),
    title: d.title,
    wenhao: d.wenhao,
    docType: d.docType,
    issuer: d.issuer,
    date: d.signedDate ?? d.publishedDate,
    signedDate: d.signedDate,
    publishedDate: d.publishedDate,
    validity: d.validity,
    gazette: d.gazette?.id ?? null,
    gazettePage: d.gazettePage,
    section: d.section,
    topics: d.topics,
  };
}

function fromReport(e: CollectionEntry<'reports'>): CatalogueItem {
  const d = e.data;
  return {
    collection: 'reports',
    id: e.id,
    url: documentUrl('reports', e.id),
    title: d.title,
    wenhao: null,
    docType: d.kind,
    issuer: d.issuer,
    date: d.deliveredDate ?? d.signedDate ?? d.publishedDate,
    signedDate: d.signedDate,
    publishedDate: d.publishedDate,
    validity: '有效',
    gazette: d.gazette?.id ?? null,
    gazettePage: d.gazettePage,
    section: d.section,
    topics: d.topics,
  };
}

/** Every notice and report, newest first. */
export function getCatalogue(): Promise<CatalogueItem[]> {
  cache ??= (async () => {
    const [notices, reports] = await Promise.all([getCollection('notices'), getCollection('reports')]);
    return sortCatalogue([...notices.map(fromNotice), ...reports.map(fromReport)]);
  })();
  return cache;
}

/** Title of a notice or report by id, for naming related documents. */
export async function titleIndex(): Promise<Map<string, CatalogueItem>> {
  return new Map((await getCatalogue()).map((i) => [i.id, i]));
}
