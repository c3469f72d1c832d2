/**
 * Links the gazette's contents to its documents (by order, checked by title),
 * or rebuilds the contents from the body order when none was printed, and
 * gives each document its gazette page and publication date.
 */
import type { RepairNote } from '../types.ts';
import type { DocumentDraft, GazetteDraft } from './model.ts';
import { compact } from '../vocabulary/text.ts';

const key = (s: string) => compact(s).replace(/[“”"《》]/g, '');

export function linkContents(gazette: GazetteDraft, documents: DocumentDraft[], warnings: RepairNote[]): void {
  const topLevel = documents.map((d, i) => ({ d, i })).filter(({ d }) => d.kind === 'report' || !d.parent);
  if (gazette.contentsPrinted) {
    gazette.contents.forEach((entry, k) => {
      const match = topLevel[k];
      if (!match) {
        warnings.push({ line: null, kind: 'flag', note: `目录第 ${k + 1} 条“${entry.title}”在正文中找不到对应文件` });
        return;
      }
      entry.documentIndex = match.i;
      if (
        !key(match.d.title).includes(key(entry.title).slice(0, 12)) &&
        !key(entry.title).includes(key(match.d.title))
      ) {
        warnings.push({
          line: null,
          kind: 'flag',
          note: `目录第 ${k + 1} 条“${entry.title}”与正文第 ${k + 1} 个文件“${match.d.title}”标题不一致（按顺序对应）`,
        });
      }
      if (entry.page) match.d.gazettePage = entry.page;
    });
    if (topLevel.length > gazette.contents.length)
      warnings.push({
        line: null,
        kind: 'flag',
        note: `正文有 ${topLevel.length} 个文件，目录只列出 ${gazette.contents.length} 个`,
      });
  } else {
    gazette.contents = topLevel.map(({ d, i }) => ({
      section: d.section,
      title: d.title,
      page: d.gazettePage,
      documentIndex: i,
    }));
  }
  const dates: string[] = [];
  for (const d of documents) {
    d.gazette = `${gazette.year}-${String(gazette.issue).padStart(2, '0')}`;
    if (!d.publishedDate && gazette.publishedDate) d.publishedDate = gazette.publishedDate;
    const own = d.kind === 'report' ? d.deliveredDate : (d.printedDate ?? d.signedDate);
    if (own) dates.push(own);
  }
  if (!gazette.publishedDate && dates.length) gazette.notBefore = dates.sort().at(-1)!;
}
