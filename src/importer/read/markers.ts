/**
 * Recognisers for lines that the joiners must never merge into a neighbour:
 * section labels, 文号, dates, issuers, status and 印发 lines, 附件 markers,
 * numbered item openers and short unpunctuated headings. They take one line
 * of text (debris already removed) and are shared by the three joiners.
 */
import { parseWenhao } from '../../lib/wenhao.ts';

const SP = '[\\s\\u3000]*';
const CN_NUM = '[一二三四五六七八九十百零〇○]+';
const DATE = `(?:19|20)\\d{2}${SP}年${SP}\\d{1,2}${SP}月(?:${SP}\\d{1,2}${SP}日)?`;

/** Sentence-final punctuation: a line ending in one of these closes its paragraph. */
export const TERM = '。！？；：';

/** `【区政府文件】`, `【 区政府文件 】`. */
export function isLabelLine(text: string): boolean {
  return /^[\s\u3000]*【[^【】]{1,30}】[\s\u3000]*$/.test(text);
}

/** A whole line that is a 文号: `沙府发〔2025〕8 号`, `沙府办发﹝2022﹞16号`. */
export function isWenhaoLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && /[〔﹝\[（(【].*号$/.test(t) && parseWenhao(t) !== null;
}

/** A line that is only a date, possibly with 出版 or a trailing 印发 office: `2025 年 3 月 5 日`. */
export function isDateLine(text: string): boolean {
  return new RegExp(`^${SP}${DATE}${SP}(出版|印发|发布)?${SP}$`).test(text);
}

/** `（此件公开发布）`, `(此件公开发布)`, `（本文有删减）`: a short, fully parenthesised line. */
export function isStatusLine(text: string): boolean {
  return /^[\s\u3000]*[（(][^（）()]{2,16}[）)][\s\u3000]*$/.test(text) && /公开|删减|发布|不予|依申请/.test(text);
}

/** `重庆市沙坪坝区人民政府办公室 2020 年 7月 1 日印发`. */
export function isPrintedLine(text: string): boolean {
  return new RegExp(`${DATE}${SP}印发${SP}$`).test(text) && text.trim().length <= 50;
}

const ORG = '(?:人民政府|政府|办公室|办公厅|委员会|秘书处|督查办|指挥部|领导小组|管委会|局|委|厅|署|院|办)';

/**
 * An issuer or signature line: one or more organisation names separated by
 * spaces, optionally followed by a date (`…秘书处 2021 年 1 月`). No clause punctuation.
 */
export function isIssuerLine(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 48 || /[，。、；：！？,;:]/.test(t)) return false;
  const name = `[\\u4e00-\\u9fa5（）()]{2,24}?${ORG}`;
  return new RegExp(`^${name}(?:[\\s\\u3000]+${name})*(?:[\\s\\u3000]+${DATE}(?:${SP}\\d{1,2}${SP}日)?)?$`).test(t);
}

/** `附件`, `附件 1`, `附件：…` (an attachment heading or the attachment list). */
export function isAttachmentMarker(text: string): boolean {
  return /^[\s\u3000]*附件[\s\u3000]*(\d+|[一二三四五六七八九十]+)?[\s\u3000]*$/.test(text) || /^[\s\u3000]*附件[\s\u3000]*[：:]/.test(text);
}

/** A line that opens a numbered item: `一、`, `（一）`, `1.`, `1．`, `1、`, `（1）`, `①`, `第一章`. */
export function opensItem(text: string): boolean {
  const t = text.replace(/^[\s\u3000]+/, '');
  return (
    new RegExp(`^${CN_NUM}、`).test(t) ||
    new RegExp(`^[（(]${CN_NUM}[）)]`).test(t) ||
    /^\d{1,2}[.．](?!\d)/.test(t) ||
    /^\d{1,2}[.．](?=\d{4} ?年)/.test(t) ||
    /^\d{1,2}、/.test(t) ||
    /^[（(]\d{1,2}[）)]/.test(t) ||
    /^[①-⑳]/.test(t) ||
    new RegExp(`^第${CN_NUM}[章节条部分篇]`).test(t)
  );
}

/** A line that begins with any structural marker (PDF join rule: never the continuation of a page). */
export function startsWithMarker(text: string): boolean {
  const t = text.replace(/^[\s\u3000]+/, '');
  return opensItem(t) || /^(【|——|附件|专栏)/.test(t);
}

/** Colophon-style field: `邮 政 编 码 : 400038` (label, spaced ASCII or full-width colon, value). */
export function isFieldLine(text: string): boolean {
  return /^[^：:]{1,16}?[\s\u3000]+[:：][\s\u3000]+\S/.test(text.trim());
}

/** A table-of-contents entry ending with a dot leader and a page: `…的通知.....(79)`. */
export function tocLeaderPage(text: string): number | null {
  const m = /(?:\.{2,}|…{1,}|·{2,})[\s\u3000]*[（(]?(\d{1,4})[）)]?[\s\u3000]*$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** `目录`, `目 录`. */
export function isContentsHeading(text: string): boolean {
  return /^[\s\u3000]*目[\s\u3000]*录[\s\u3000]*$/.test(text);
}

/** A report subtitle: `——2025 年 2 月 12 日在…会议上`. */
export function isDatedSubtitle(text: string): boolean {
  return new RegExp(`^[\\s\\u3000]*——${SP}${DATE}${SP}在.+上[\\s\\u3000]*$`).test(text);
}

/** A speaker line: office, a space, a (possibly letter-spaced) name: `…人民政府区长 肖庆华`. */
export function isSpeakerLine(text: string): boolean {
  return /^[\s\u3000]*[\u4e00-\u9fa5]{2,30}(长|主任|书记|委员)[\s\u3000]+[\u4e00-\u9fa5](?:[\s\u3000]{0,2}[\u4e00-\u9fa5]){1,3}[\s\u3000]*$/.test(text);
}

const DOC_KINDS = '通知|通告|公告|决定|意见|报告|批复|请示|函|方案|办法|规定|规划|计划|要点|预案|细则|名录|清单';

/** A document title: `…关于…的通知` (letter-spacing ignored), no sentence punctuation. */
export function isDocumentTitle(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '');
  return t.length <= 120 && !/[。；：！？]/.test(t) && new RegExp(`^\\S*关于.+的(${DOC_KINDS})$`).test(t);
}

/** Any line the joiners treat as a paragraph of its own. */
export function isStructuralLine(text: string): boolean {
  return (
    isLabelLine(text) ||
    isWenhaoLine(text) ||
    isDateLine(text) ||
    isStatusLine(text) ||
    isPrintedLine(text) ||
    isIssuerLine(text) ||
    isAttachmentMarker(text) ||
    isContentsHeading(text) ||
    isFieldLine(text)
  );
}
