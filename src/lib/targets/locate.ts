/**
 * Finds the printed words a source points to: a paragraph p-N, or a row of the
 * first table under a heading. Used by the validation (the text must occur
 * there) and by the pages (the link to the paragraph).
 */
import type { DocumentIndex } from './document.ts';

export interface SourcePointer {
  /** Paragraph anchor (p-12), or the id of the heading above a table. */
  anchor: string;
  /** 1-based body row of that table; null for a paragraph. */
  row?: number | null;
}

export interface Located {
  /** The paragraph's text, or the row's cells joined by a line break. */
  text: string;
  /** Words around it that may set a period: the table's header for a row, the paragraph itself otherwise. */
  surroundings: string;
  /** The row's cells, for a table row. */
  cells: string[] | null;
}

/** The printed words at `source`, or an error message in Chinese. */
export function locate(index: DocumentIndex, source: SourcePointer): Located | { error: string } {
  if (source.row == null) {
    const paragraph = index.paragraphs.find((p) => p.anchor === source.anchor);
    if (!paragraph) return { error: `文中没有段落 ${source.anchor}（共 ${index.paragraphs.length} 段）` };
    return { text: paragraph.text, surroundings: paragraph.text, cells: null };
  }
  const table = index.tables.find((t) => t.anchor === source.anchor);
  if (!table) {
    const known =
      index.tables
        .map((t) => t.anchor)
        .filter(Boolean)
        .join('、') || '无';
    return { error: `标题“${source.anchor}”下没有表格（有表格的标题：${known}）` };
  }
  const cells = table.rows[source.row - 1];
  if (!cells) return { error: `表格“${source.anchor}”没有第 ${source.row} 行（共 ${table.rows.length} 行）` };
  return { text: cells.join('\n'), surroundings: [...table.header, ...cells].join('\n'), cells };
}

/** True when `quote` occurs in `text`; `…` in the quote marks an elision (the parts must occur in order). */
export function occursIn(quote: string, text: string): boolean {
  let from = 0;
  for (const part of quote.split('…')) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
