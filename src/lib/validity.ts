/**
 * What a reader is told about a document's validity (有效性): the label and,
 * for repealed or amended documents, a banner naming what replaced it.
 */

/** A related document as stored in frontmatter (after Astro resolves references to { id }). */
export interface Related {
  wenhao: string | null;
  title: string | null;
  document: { id: string } | null;
}

export interface ValidityBanner {
  /** repealed | amended | pending | expired */
  kind: 'repealed' | 'amended' | 'pending' | 'expired';
  /** Sentence shown before the links, e.g. 本文件已废止。 */
  message: string;
  /** Documents to link to or name. */
  related: Related[];
}

/** Returns the banner for a document, or null when it is simply in force. */
export function validityBanner(data: {
  validity: string;
  effectiveDate: string | null;
  repealedBy: Related[];
  amendedBy: Related[];
}): ValidityBanner | null {
  switch (data.validity) {
    case '已废止':
      return { kind: 'repealed', message: '本文件已废止，请以废止它的文件为准。', related: data.repealedBy };
    case '已修订':
      return { kind: 'amended', message: '本文件已被修订，请同时参阅修订文件。', related: data.amendedBy };
    case '未生效':
      return {
        kind: 'pending',
        message: data.effectiveDate ? `本文件尚未生效，生效日期：${data.effectiveDate}。` : '本文件尚未生效。',
        related: [],
      };
    case '失效':
      return { kind: 'expired', message: '本文件已失效。', related: [] };
    default:
      return null;
  }
}

/** The name shown for a related document: its 文号 and title where known. */
export function relatedLabel(r: Related, titleOf?: (id: string) => string | undefined): string {
  const title = r.title ?? (r.document && titleOf ? titleOf(r.document.id) : undefined);
  if (r.wenhao && title) return `${title}（${r.wenhao}）`;
  return r.wenhao ?? title ?? r.document?.id ?? '';
}
