/** The 引用本文 text a journalist copies: title, 文号, date, permanent URL. */
import { formatDateZh } from './dates.ts';

export interface CitationInput {
  title: string;
  wenhao: string | null;
  issuer: string | null;
  date: string | null;
  url: string;
  /** Date the page was consulted, for the [引用日期] part. */
  accessed?: string;
}

/** One-line citation in the style common in Chinese references. */
export function citationText(c: CitationInput): string {
  // A title inside 《》 uses 〈〉 for its own inner title marks, as Chinese citation style requires.
  const title = c.title.replace(/《/g, '〈').replace(/》/g, '〉');
  const parts = [c.issuer, `《${title}》`, c.wenhao, c.date ? formatDateZh(c.date) : null].filter(Boolean);
  const accessed = c.accessed ? `［引用日期：${formatDateZh(c.accessed)}］` : '';
  return `${parts.join('，')}。${c.url}${accessed}`;
}
