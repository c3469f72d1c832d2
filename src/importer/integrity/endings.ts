/**
 * How a finished text ends: the marks that close a Chinese sentence or
 * quotation, a date line, a table whose last row is whole. Shared by the
 * completeness check of every document kind.
 */
import type { BodyNode } from '../structure/model.ts';
import { UNIT_NAME_END } from '../vocabulary/organisations.ts';
import { DATE, SP } from '../vocabulary/text.ts';

/**
 * Closing marks of a sentence (not ；, which goes on), with any closing quotation or bracket after
 * them; or a line that is all one bracketed note such as （此件公开发布）. A bracket or quotation
 * closed mid-sentence (…自然资源局（林业局）) is not an ending.
 */
const FINISHED = /[。！？!?…][）)”’」』》】]*$|^[（(][^（()）]*[）)]$/;
/** …2020 年 11月 16日, 2021 年 1 月, …印发, and the blank form 年 月 日. */
const DATE_LINE = new RegExp(`(?:${DATE}|年\\s+月\\s+日)${SP}(?:印发|发布)?$`);

export const endsFinished = (text: string): boolean => FINISHED.test(text.trim());

/** A line that is a date, or a body's name and a date (a signature, an 印发 line); not a long sentence that ends in one. */
const DATE_LINE_MAX = 40;

export const endsWithDate = (text: string): boolean =>
  [...text.trim()].length <= DATE_LINE_MAX && DATE_LINE.test(text.trim());

/** A number with a short unit (10人/队, 5%, 3.2亿元), a figure no cut can be told from. */
const QUANTITY = /^[\d.,，%％～~—-]+\s*[^\s\d]{0,4}$/;
/** A list item's number and its first words (11.实施生活): the start of an item, not a quantity. */
const ITEM_START = /^\d+[.．、]\s*[^\d\s]/;
/** A pause mark, or an opening bracket or quotation mark: the text went on after it (1-9月，). */
const PAUSED = /[，,、：:（(“‘《〔【]$/;

/** A figure, unless it starts a list item; in a column, only where the column holds figures too. */
const isQuantity = (text: string, column: string[]): boolean =>
  QUANTITY.test(text) && !ITEM_START.test(text) && (!column.length || column.some((c) => QUANTITY.test(c.trim())));

/**
 * The name of a body or a list of them (区科技局等部门), not a list item or a sentence part that
 * happens to end in 院, 所 or 部门 (1.发放精神残疾服药和住院, …的意见；林业部门).
 */
const isUnitName = (text: string): boolean =>
  UNIT_NAME_END.test(text.replace(/等.{0,3}$/, '')) && !ITEM_START.test(text) && !/[；;。]/.test(text);

/**
 * The last cell of a table looks finished when it closes a sentence, is a
 * date or a quantity, names a body (区科技局等部门), or is a value its column
 * already holds elsewhere (持续推进): a cut leaves a fragment found nowhere else.
 * A cell that stops on a pause mark (，、：) or an opening bracket never looks finished.
 */
export function cellLooksFinished(cell: string, column: string[] = []): boolean {
  const text = cell.trim();
  if (column.some((c) => c.trim() === text)) return true;
  if (PAUSED.test(text)) return false;
  return (
    endsFinished(text) || /[；;]$/.test(text) || endsWithDate(text) || isQuantity(text, column) || isUnitName(text)
  );
}

/** The item count a caption announces: 正常推进的122项重点工作任务 → 122. */
const ANNOUNCED_COUNT = /(\d+)\s*项/;

/** Rows numbered 1, 2, 3… in the first column: their last number, else null. */
function numberedRows(rows: string[][]): number | null {
  const numbers = rows.map((r) => Number(r[0]?.trim()));
  return numbers.length && numbers.every((n, i) => n === i + 1) ? numbers.length : null;
}

/** Why a table at the end of a document looks cut, or null. `caption` is the heading it stands under. */
export function tableEnding(table: Extract<BodyNode, { type: 'table' }>, caption = ''): string | null {
  const last = table.rows.at(-1);
  if (!last) return `表格“${table.header.join('、').slice(0, 20)}”只有表头，没有任何一行`;
  const announced = Number(ANNOUNCED_COUNT.exec(caption)?.[1] ?? 0);
  const numbered = numberedRows(table.rows);
  if (numbered !== null && numbered < announced)
    return `表格标题“${caption}”列出 ${announced} 项，表格只有 ${numbered} 行`;
  const earlier = table.rows.slice(0, -1);
  const at = last.findLastIndex((c) => c.trim());
  const lastCell = last[at] ?? '';
  const where = `“…${[...lastCell.trim()].slice(-20).join('')}”`;
  if (
    !cellLooksFinished(
      lastCell,
      earlier.map((r) => r[at] ?? ''),
    )
  )
    return `表格最后一行在${where}处中断`;
  return null;
}
