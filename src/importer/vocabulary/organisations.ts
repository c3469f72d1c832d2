/**
 * Names of issuing bodies: one list of the words an organisation's name ends
 * with, and the line rules built on it (issuer lines, signatures, title
 * openings, responsible units in task tables).
 */
import { DATE, SP } from './text.ts';

/** Words an issuing body's name ends with (人民政府, 办公室, 局…), longest first where one contains another. */
export const ORGANISATION_SUFFIXES = [
  '街道办事处',
  '人民政府',
  '领导小组',
  '政府',
  '办公室',
  '办公厅',
  '委员会',
  '秘书处',
  '督查办',
  '指挥部',
  '管委会',
  '中心',
  '公司',
  '委',
  '局',
  '厅',
  '部',
  '办',
  '院',
  '署',
] as const;

const ORG = `(?:${ORGANISATION_SUFFIXES.join('|')})`;
const ENDS_AS_ORGANISATION = new RegExp(`${ORG}$`);

/** One organisation name, or several separated by spaces (joint issuers); no punctuation at all. */
export function isIssuerLine(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 60) return false;
  if (/[，。；：、！？“”《》（）()]/.test(t)) return false;
  return t.split(/[\s\u3000]+/).every((part) => part.length >= 2 && ENDS_AS_ORGANISATION.test(part));
}

/**
 * The reader's looser rule for a signature block line: organisation names (brackets allowed
 * inside, as in 区规划自然资源局（林业局）), optionally followed by a date (`…秘书处 2021 年 1 月`).
 * The reader only needs to keep such a line apart from its neighbours, not to read it.
 */
export function isSignatureLine(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 48 || /[，。、；：！？,;:]/.test(t)) return false;
  const name = `[\\u4e00-\\u9fa5（）()]{2,24}?${ORG}`;
  return new RegExp(`^${name}(?:[\\s\\u3000]+${name})*(?:[\\s\\u3000]+${DATE}(?:${SP}\\d{1,2}${SP}日)?)?$`).test(t);
}

/** Bodies that issue documents under their own name at the start of a title. */
const TITLE_ISSUER = '(?:人民政府|办公室|办公厅|委员会|局|督查办|指挥部)';

/** A line that starts with an issuing body and goes on with 关于 (a title's first line). */
export function startsWithIssuer(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '');
  return new RegExp(`^\\S{2,30}?${TITLE_ISSUER}(关于|$)`).test(t) || /^关于/.test(t);
}

/**
 * How the name of a unit in a task table ends (责任单位, 配合单位): wider than issuers, since
 * schools, teams and stations are responsible for tasks too.
 */
export const UNIT_NAME_END =
  /(局|委|办|部|室|会|司|镇|街道|部门|单位|企业|中心|机关|联|协|队|院|所|站|处|厅|府|政府|公司|集团|校)$/;
