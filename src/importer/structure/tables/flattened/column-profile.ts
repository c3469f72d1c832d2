/**
 * What the cells of a flattened table's columns look like, for telling
 * cells apart when a row's fragments are printed one per line. Two sources:
 * - category vocabularies fixed by national standards, so that a category
 *   printed only on a group's first row is still recognised (the ten
 *   categories of the intangible cultural heritage lists, the three classes
 *   of 环境管控单元 in 三线一单 tables);
 * - what the table itself shows in its one-line rows (values and endings).
 */

const CATEGORY_VOCABULARIES: readonly (readonly string[])[] = [
  [
    '民间文学',
    '传统音乐',
    '传统舞蹈',
    '传统戏剧',
    '曲艺',
    '传统体育、游艺与杂技',
    '传统体育游艺与杂技',
    '传统美术',
    '传统技艺',
    '传统医药',
    '民俗',
  ],
  ['优先保护单元', '重点管控单元', '一般管控单元'],
];

const CATEGORY_TERMS = new Set(CATEGORY_VOCABULARIES.flat());

/** A cell value without a trailing unit number (`优先保护单元 3` → `优先保护单元`). */
export function stripNumber(value: string): string {
  return value.replace(/[\s\u3000]*\d{1,3}$/, '');
}

/** Ending of a value (its last two characters, trailing number removed), to compare with a column's known values. */
export function endingOf(value: string): string {
  return stripNumber(value).slice(-2);
}

/** What one column's cells are known to look like. */
export class ColumnProfile {
  private readonly values = new Set<string>();
  private readonly endings = new Set<string>();
  /** Set when a one-line row shows a vocabulary term in this column. */
  private categoryTerms = false;

  /** Records a value; `sample` when it comes from a one-line row (cells split by spaces only). */
  learn(value: string, sample = false): void {
    const key = stripNumber(value);
    this.values.add(key);
    this.endings.add(endingOf(value));
    if (sample && CATEGORY_TERMS.has(key)) this.categoryTerms = true;
  }

  /**
   * A category column: merged cells, printed on a group's first row only, so
   * they may be empty. Only a known vocabulary makes one: a column whose
   * one-line rows repeat one value may still hold other values elsewhere.
   */
  get category(): boolean {
    return this.categoryTerms;
  }

  /** Is this value (a whole line or cell) known to belong to the column? */
  recognises(value: string): boolean {
    const key = stripNumber(value);
    return this.values.has(key) || (this.category && CATEGORY_TERMS.has(key));
  }

  /** Does the value end like a known value of the column (`覃家岗街道` like `磁器口街道`)? */
  endsLikeKnown(value: string): boolean {
    return this.endings.has(endingOf(value));
  }

  get known(): boolean {
    return this.values.size > 0;
  }
}
