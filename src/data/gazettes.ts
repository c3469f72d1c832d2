/** Astro-side helpers for gazette issues: printed order and lookups. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ContentsLink } from '../lib/gazette-order.ts';

/** Contents of an issue as links, in printed order; entries whose text the export lacked (absent) have no page to link. */
export function contentsLinks(
  g: CollectionEntry<'gazettes'>,
): (ContentsLink & { page: number | null; title: string; section: string | null })[] {
  return g.data.contents
    .filter((c) => !c.absent)
    .map((c) => ({
      collection: c.report ? ('reports' as const) : ('notices' as const),
      id: (c.report ?? c.notice)!.id,
      page: c.page,
      title: c.title,
      section: c.section,
    }));
}

/** Issues newest first. */
export async function getGazettes(): Promise<CollectionEntry<'gazettes'>[]> {
  const all = await getCollection('gazettes');
  return all.sort((a, b) => b.data.year - a.data.year || b.data.issue - a.data.issue);
}

/** Display name of an issue: 2025年第1期（总第12期）. */
export function issueLabel(d: CollectionEntry<'gazettes'>['data']): string {
  return `${d.year}年第${d.issue}期${d.cumulative ? `（总第${d.cumulative}期）` : ''}`;
}
