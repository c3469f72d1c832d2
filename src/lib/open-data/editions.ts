/**
 * The editions of each document in /data/documents.json: a document
 * published more than once lists every edition (id, label, canonical or not,
 * date, source export) and its versions page. The CSV keeps one row per
 * document and no editions column: a list does not fit a cell.
 */
import type { EditionRef } from '../../schemas/edition.ts';
import type { Field } from '../targets/open-data.ts';
import { versionsUrl } from '../editions/labels.ts';

export const EDITIONS_FIELD: Field = {
  key: 'editions',
  label:
    '版本（仅 JSON，发布过多个版本的文件才有）：id 版本标识，label 名称，canonical 是否正式版本（正文页所示），publishedDate 该版本的发布日期，sourceFile 导出文件；versionsUrl 为版本对照页',
};

export interface EditionRecord {
  id: string;
  label: string;
  canonical: boolean;
  publishedDate: string | null;
  sourceFile: string;
}

/** Adds `editions` and `versionsUrl` to the records of documents with more than one edition. */
export function withEditions<T extends { collection: 'notices' | 'reports'; id: string }>(
  records: T[],
  editionsOf: (collection: 'notices' | 'reports', id: string) => EditionRef[] | undefined,
  site: string | URL,
): (T & { editions?: EditionRecord[]; versionsUrl?: string })[] {
  return records.map((r) => {
    const list = editionsOf(r.collection, r.id);
    if (!list || list.length < 2) return r;
    return {
      ...r,
      editions: list.map((e) => ({
        id: e.id,
        label: e.label,
        canonical: e.canonical,
        publishedDate: e.publishedDate,
        sourceFile: e.source.file,
      })),
      versionsUrl: new URL(versionsUrl(r.collection, r.id), site).href,
    };
  });
}
