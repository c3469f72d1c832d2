/**
 * Page numbering of a hard-wrapped export. Page starts are known (a leading
 * space, or the first line after a running header/footer); the surviving
 * `- N -` footers fix the offset: footer N closes page N. If the footers
 * disagree, no page is numbered and the disagreement is flagged.
 */
import type { RepairNote } from '../types.ts';

export interface PageNumbering {
  /** Printed page of the k-th page start (0-based k; -1 = before the first), or null when unknown. */
  pageOf: (pageIndex: number) => number | null;
  notes: RepairNote[];
}

/**
 * @param pageStarts 1-based source lines of the page starts, in order.
 * @param footers page-number lines and the page they print.
 */
export function numberPages(pageStarts: number[], footers: { line: number; page: number }[]): PageNumbering {
  if (footers.length === 0 || pageStarts.length === 0) return { pageOf: () => null, notes: [] };
  // The page a footer closes is the last page that started before it (1-based count).
  const offsets = footers.map((f) => f.page - pageStarts.filter((start) => start < f.line).length);
  const offset = offsets[0];
  const disagreeing = footers.filter((_, i) => offsets[i] !== offset);
  if (disagreeing.length > 0) {
    const list = footers.map((f, i) => `第 ${f.line} 行“- ${f.page} -”（推算偏移 ${offsets[i]}）`).join('，');
    return {
      pageOf: () => null,
      notes: [{ line: disagreeing[0].line, kind: 'flag', note: `页脚页码与分页不一致，未标注页码：${list}` }],
    };
  }
  return { pageOf: (k) => (k + 1 + offset >= 1 ? k + 1 + offset : null), notes: [] };
}
