/**
 * 文种: the kinds of document a title ends with. The schema's list is the
 * single source; the importer reads it longest first (实施意见 before 意见).
 */
import { DOC_TYPES } from '../../schemas/notice.ts';

/** Document kinds a title can end with, longest first. */
export const TITLE_KINDS: readonly string[] = [...DOC_TYPES].sort((a, b) => b.length - a.length);

/** The 文种 a title ends with (…的通知 → 通知), or null. */
export function titleKind(title: string): string | null {
  const t = title.replace(/[\s\u3000]+/g, '').replace(/[*]+/g, '');
  return TITLE_KINDS.find((kind) => t.endsWith(kind)) ?? null;
}

const DOCUMENT_TITLE = new RegExp(`^\\S*关于.+的(${TITLE_KINDS.join('|')})$`);

/** A document title: `…关于…的通知` (letter-spacing ignored), no sentence punctuation. */
export function isDocumentTitle(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '');
  return t.length <= 120 && !/[。；：！？]/.test(t) && DOCUMENT_TITLE.test(t);
}
