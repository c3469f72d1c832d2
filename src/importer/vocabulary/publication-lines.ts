/**
 * The printed lines around documents: a gazette's contents and colophon, a
 * report's title, dated subtitle, speaker and 名词解释 heading.
 */
import { compact, DATE, parseChineseDate, SP } from './text.ts';

/** `目录`, `目 录`. */
export function isContentsHeading(text: string): boolean {
  return /^[\s\u3000]*目[\s\u3000]*录[\s\u3000]*$/.test(text);
}

/** A table-of-contents entry ending with a dot leader and a page: `…的通知.....(79)`. */
export function tocLeaderPage(text: string): number | null {
  const m = /(?:\.{2,}|…{1,}|·{2,})[\s\u3000]*[（(]?(\d{1,4})[）)]?[\s\u3000]*$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Colophon-style field: `邮 政 编 码 : 400038` (label, spaced ASCII or full-width colon, value). */
export function isFieldLine(text: string): boolean {
  return /^[^：:]{1,16}?[\s\u3000]+[:：][\s\u3000]+\S/.test(text.trim());
}

/** `重庆市沙坪坝区人民政府工作报告`: a work report's title line. */
export function isWorkReportTitle(text: string): boolean {
  return /^[\s\u3000]*\S{0,30}工作报告[\s\u3000]*$/.test(text);
}

/** `——2025 年 2 月 12 日在…会议上`: a report's dated subtitle. */
export function matchReportSubtitle(text: string): { date: string | null; meeting: string | null } | null {
  const t = text.trim();
  if (!/^[—－-]{1,2}[\s\u3000]*(?:19|20)\d{2}\s*年/.test(t)) return null;
  const m = /在(.+?)上[\s\u3000]*$/.exec(compact(t));
  return { date: parseChineseDate(t), meeting: m ? m[1] : null };
}

/** The reader's stricter subtitle line: the whole line is `——date在…上` (a subtitle not yet re-joined is no match). */
export function isDatedSubtitle(text: string): boolean {
  return new RegExp(`^[\\s\\u3000]*——${SP}${DATE}${SP}在.+上[\\s\\u3000]*$`).test(text);
}

/** A speaker line: office, a space, a (possibly letter-spaced) name: `…人民政府区长 肖庆华`. */
export function isSpeakerLine(text: string): boolean {
  return /^[\s\u3000]*[\u4e00-\u9fa5]{2,30}(长|主任|书记|委员)[\s\u3000]+[\u4e00-\u9fa5](?:[\s\u3000]{0,2}[\u4e00-\u9fa5]){1,3}[\s\u3000]*$/.test(
    text,
  );
}

/** `名词解释` (letter-spaced or not). */
export function isGlossaryHeading(text: string): boolean {
  return compact(text) === '名词解释';
}
