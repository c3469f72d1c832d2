/**
 * Row starts of flattened tables. A hard-wrapped export prints a table's
 * rows as runs of short lines; a row is recognised by how its first line
 * starts, and a table by one such start recurring line after line:
 * - a serial code (`ZH50010610003 …`): letters + a long number, same shape each row;
 * - a serial number and a classification code (`18 Ⅷ—53 …`), numbered 1, 2, 3…;
 * - an article (`第一条 …`), numbered in order: the row is one prose cell;
 * - a short name and a unit on one line (`罗 萱 重庆市南开中学校`).
 */
import { chineseNumber } from '../../numbering.ts';

export type RowKeyId = 'serial-code' | 'number-code' | 'article' | 'name-unit';

export interface KeyMatch {
  /** Cells the key fills (code; number and code; name and unit). */
  cells: string[];
  /** Text of the line after the key (for an article: the whole line). */
  rest: string;
  /** Position the key claims (serial number, article number), when it has one. */
  order: number | null;
  /** Shape that every row of one table shares (code letters and length), or the classification (`Ⅷ`). */
  shape: string;
  group: string | null;
}

export interface RowKeyKind {
  id: RowKeyId;
  /** How the pattern is named in repair notes. */
  label: string;
  /** Cells the key fills. */
  keyCells: number;
  /** The row after the key is one prose cell (articles), preceded by merged leading cells. */
  prose: boolean;
  /** Every row is exactly one line. */
  singleLine: boolean;
  match(text: string): KeyMatch | null;
  follows(prev: KeyMatch, next: KeyMatch): boolean;
}

const SPACE = '[ \\u3000]';
const GAP = new RegExp(`^${SPACE}+`);
const after = (text: string, length: number) => text.slice(length).replace(GAP, '');

const serialCode: RowKeyKind = {
  id: 'serial-code',
  label: '字母加长数字的编码',
  keyCells: 1,
  prose: false,
  singleLine: false,
  match(text) {
    const m = new RegExp(`^([A-Z]{1,4})(\\d{6,})(?=${SPACE}|$)`).exec(text);
    return m
      ? { cells: [m[0]], rest: after(text, m[0].length), order: null, shape: `${m[1]}${m[2].length}`, group: null }
      : null;
  },
  // Codes of one table share letters and length and grow (ZH50010610009 → ZH50010620001).
  follows: (prev, next) => prev.shape === next.shape && next.cells[0] > prev.cells[0],
};

const numberCode: RowKeyKind = {
  id: 'number-code',
  label: '序号加分类编号',
  keyCells: 2,
  prose: false,
  singleLine: false,
  match(text) {
    const m = new RegExp(`^(\\d{1,3})${SPACE}+(([Ⅰ-Ⅻ]+|[IVX]{1,4}|[A-Z]{1,3})[—－–-]\\d{1,4})(?=${SPACE}|$)`).exec(
      text,
    );
    return m
      ? { cells: [m[1], m[2]], rest: after(text, m[0].length), order: Number(m[1]), shape: 'number-code', group: m[3] }
      : null;
  },
  follows: (prev, next) => next.order === (prev.order ?? 0) + 1,
};

const article: RowKeyKind = {
  id: 'article',
  label: '第N条',
  keyCells: 0,
  prose: true,
  singleLine: false,
  match(text) {
    const m = /^第([一二三四五六七八九十百零〇]+)条/.exec(text);
    const order = m ? chineseNumber(m[1]) : null;
    return m && order !== null ? { cells: [], rest: text, order, shape: 'article', group: null } : null;
  },
  follows: (prev, next) => next.order === (prev.order ?? 0) + 1,
};

/** Endings of organisation names (schools, offices, companies, sub-districts). */
const UNIT_END =
  /(学校|中学|小学|大学|学院|校|幼儿园|医院|院|所|局|委|办|中心|公司|集团|街道|镇|乡|村|社区|馆|站|会|部|厅|室|队|处|厂|社)$/;
/** Endings no person's name has: an office, not a person. */
const OFFICE_END = /(局|委|办|厅|署|院|中心|公司|集团|街道|学校|政府)$/;
const PERSON = /^(\p{Script=Han}{2,4}|\p{Script=Han}[ \u3000]+\p{Script=Han})$/u;
const UNIT = /^\p{Script=Han}[\p{Script=Han}（）()·]{2,30}$/u;

const nameUnit: RowKeyKind = {
  id: 'name-unit',
  label: '姓名加单位',
  keyCells: 2,
  prose: false,
  singleLine: true,
  match(text) {
    const t = text.trim();
    // Split at the last space: a two-character name is padded to three (`罗 萱`).
    const at = t.search(/[ \u3000]+\S+$/);
    if (at <= 0) return null;
    const name = t.slice(0, at);
    const unit = t.slice(at).trim();
    // A "name" ending like an organisation is a second unit (`区财政局 区文化旅游委`), not a person.
    const person = PERSON.test(name) && !OFFICE_END.test(name.replace(/[ \u3000]/g, ''));
    return person && UNIT.test(unit) && UNIT_END.test(unit)
      ? { cells: [name, unit], rest: '', order: null, shape: 'name-unit', group: null }
      : null;
  },
  follows: () => true,
};

export const ROW_KEY_KINDS: readonly RowKeyKind[] = [serialCode, numberCode, article, nameUnit];
