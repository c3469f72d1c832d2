/**
 * A document's editions and the editions collection tell the same story:
 * every edition a document lists, except the canonical one (whose text is
 * the document's body), has its text at editions/<collection>/<id>/<edition>.mdx,
 * and every such file belongs to a document that lists it as a non-canonical
 * edition. A missing or stray edition file would show readers a version that
 * is not there, or hide one that is.
 */
import type { Rule } from '../context.ts';

/** Entry id of an edition's text in the editions collection. */
export const editionEntryId = (collection: string, documentId: string, edition: string): string =>
  `${collection}/${documentId}/${edition}`;

export const editionFiles: Rule = {
  name: 'editions',
  description: '文件的版本列表（editions）与 editions 目录中的版本正文一致',
  check(context) {
    for (const collection of ['reports', 'notices'] as const) {
      for (const doc of context.validOf(collection)) {
        (doc.parsed.editions ?? []).forEach((edition, i) => {
          if (edition.canonical) return;
          const id = editionEntryId(collection, doc.id, edition.id);
          if (!context.exists('editions', id))
            context.error(
              doc,
              ['editions', i, 'id'],
              `版本“${edition.label}”（${edition.id}）没有正文文件：应有 editions/${id}.mdx（非正式版本的正文存放在那里）`,
            );
        });
      }
    }
    for (const file of context.validOf('editions')) {
      const [collection, documentId] = file.parsed.document.split('/') as ['reports' | 'notices', string];
      const expected = editionEntryId(collection, documentId, file.parsed.edition);
      if (file.id !== expected) {
        context.error(file, ['edition'], `版本文件应位于 editions/${expected}.mdx（与 document 和 edition 字段一致）`);
        continue;
      }
      const doc = context.find(collection, documentId);
      if (!doc) {
        context.error(file, ['document'], `所属文件 ${file.parsed.document} 不存在或未通过校验`);
        continue;
      }
      const listed = doc.parsed.editions?.find((e) => e.id === file.parsed.edition);
      if (!listed)
        context.error(
          file,
          ['edition'],
          `${doc.displayPath} 的 editions 列表中没有版本“${file.parsed.edition}”：请在列表中加入它，或删除本文件`,
        );
      else if (listed.canonical)
        context.error(
          file,
          ['edition'],
          `版本“${file.parsed.edition}”在 ${doc.displayPath} 中是正式版本（canonical），其正文应是该文件的正文：请删除本文件`,
        );
    }
  },
};
