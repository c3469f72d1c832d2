/**
 * What an edition is called: the importer names editions by where they were
 * published (gazette: printed in a gazette issue; online: put online), with
 * -2, -3 for further editions of the same kind, and gives each the label
 * readers see. One place, so the importer and the pages agree.
 */
const LABELS: Record<string, string> = { gazette: '公报印刷版', online: '网上公开版' };

/** 公报印刷版, 网上公开版, 网上公开版（2）; an unknown id is shown as it is. */
export function editionLabel(id: string): string {
  const match = /^(.*?)(?:-(\d+))?$/.exec(id)!;
  return `${LABELS[match[1]] ?? match[1]}${match[2] ? `（${match[2]}）` : ''}`;
}

/** Address of a document's versions page. */
export const versionsUrl = (collection: 'reports' | 'notices', id: string): string =>
  `/${collection === 'reports' ? 'reports' : 'documents'}/${id}/versions/`;
