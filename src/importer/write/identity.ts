/**
 * What makes two entries the same document, for an entry being imported
 * and for one already in the content folder alike: a gazette issue or a
 * report by its slug, a numbered document by its 文号, an unnumbered one by
 * its title and date. Glossary terms have no document identity.
 */
export interface IdentifiedEntry {
  collection: string;
  slug: string;
  data: Record<string, unknown>;
}

export function identityKey({ collection, slug, data }: IdentifiedEntry): string | null {
  if (collection === 'gazettes') return `gazette:${slug}`;
  if (collection === 'reports') return `report:${slug}`;
  if (collection !== 'notices') return null;
  if (typeof data.wenhao === 'string' && data.wenhao) return `wenhao:${data.wenhao.replace(/\s+/g, '')}`;
  if (typeof data.title !== 'string') return null;
  return `title:${data.title.replace(/\s+/g, '')}|${data.signedDate ?? data.printedDate ?? ''}`;
}
