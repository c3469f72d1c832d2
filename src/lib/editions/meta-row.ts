/**
 * The 版本 row of a document's metadata block (src/components/DocMeta.astro):
 * shown only when the document has more than one edition, naming the
 * canonical one and linking to the versions page.
 */
import type { EditionRef } from '../../schemas/edition.ts';
import { versionsUrl } from './labels.ts';

type Row = [string, { href: string; text: string }];

export function editionsRow(collection: 'reports' | 'notices', id: string, editions: EditionRef[] | undefined): Row[] {
  if (!editions || editions.length < 2) return [];
  const canonical = editions.find((e) => e.canonical);
  const text = `${editions.length} 个版本（本页为${canonical?.label ?? '正式版本'}）：${editions.map((e) => e.label).join('、')}，查看版本对照`;
  return [['版本', { href: versionsUrl(collection, id), text }]];
}
