/**
 * The printed lines of a numbered document's skeleton: section label, 文号,
 * signing date, status line, 印发 line, 附件 markers, addressees. Where the
 * reader (which only keeps such lines apart) is looser than the structurer
 * (which reads them), the looser rule has a name of its own.
 */
import { normaliseWenhao, parseWenhao } from '../../lib/wenhao.ts';
import { compact, DATE, parseChineseDate, SP } from './text.ts';

const LABEL = /^[\s\u3000]*【([^【】]{1,30})】[\s\u3000]*$/;

/** `【区政府文件】`, `【 区政府文件 】`. */
export const isLabelLine = (text: string): boolean => LABEL.test(text);

/** `【区政府文件】` → `区政府文件` (two characters at least: a label names a section). */
export function matchLabel(text: string): string | null {
  const label = compact(LABEL.exec(text)?.[1] ?? '');
  return label.length >= 2 && label.length <= 20 ? label : null;
}

const WENHAO_LINE = new RegExp(
  `^${SP}\\S{1,12}?${SP}[〔﹝\\[（(【]${SP}(?:19|20)\\d{2}${SP}[〕﹞\\]）)】]${SP}第?${SP}\\d{1,4}${SP}号${SP}$`,
);

/** A whole line that is a 文号: returns printed (trimmed) and normalised forms. */
export function matchWenhaoLine(text: string): { printed: string; normal: string } | null {
  if (!WENHAO_LINE.test(text)) return null;
  const normal = normaliseWenhao(text.trim());
  return normal ? { printed: text.trim(), normal } : null;
}

/** The reader's looser 文号 line: anything short ending in 号 that parses as a 文号 (split forms included). */
export function isWenhaoLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && /[〔﹝[（(【].*号$/.test(t) && parseWenhao(t) !== null;
}

/** Every 文号 cited anywhere in a text, normalised, in order. */
export function findWenhaos(text: string): { printed: string; normal: string; index: number }[] {
  const re = /([\u4e00-\u9fa5]{1,10})[\s\u3000]*[〔﹝[]\s*((?:19|20)\d{2})\s*[〕﹞\]]\s*第?\s*(\d{1,4})\s*号/g;
  const found: { printed: string; normal: string; index: number }[] = [];
  for (const m of text.matchAll(re)) {
    const normal = normaliseWenhao(m[0]);
    if (normal) found.push({ printed: m[0], normal, index: m.index ?? 0 });
  }
  return found;
}

/** A signing date: a line that is only a full date. */
export function matchDateLine(text: string): string | null {
  return /^[\s\u3000]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\u3000]*$/.test(text)
    ? parseChineseDate(text)
    : null;
}

/** The reader's looser date line: the day may be missing, and 出版, 印发 or 发布 may follow. */
export function isDateLine(text: string): boolean {
  return new RegExp(`^${SP}${DATE}${SP}(出版|印发|发布)?${SP}$`).test(text);
}

/** `（此件公开发布）`, `(此件公开发布)`, `（本文有删减）`…: a fully parenthesised status line. */
export function matchStatusLine(text: string): { printed: string; publicRelease: boolean } | null {
  const t = text.trim();
  if (!/^[（(][^（）()]{2,16}[）)]$/.test(t)) return null;
  const inner = compact(t.slice(1, -1));
  if (!/公开|删减|不予|依申请/.test(inner)) return null;
  return { printed: t, publicRelease: /^此件公开发布$/.test(inner) };
}

/** The reader's looser status line: also a bracketed 发布 note (（2025年3月发布）), kept apart but not read as a status. */
export function isStatusLine(text: string): boolean {
  return (
    matchStatusLine(text) !== null ||
    (/^[\s\u3000]*[（(][^（）()]{2,16}[）)][\s\u3000]*$/.test(text) && /发布/.test(text))
  );
}

/** `重庆市沙坪坝区人民政府办公室 2020 年 9月 22日印发` → office and date. */
export function matchPrintedLine(text: string): { by: string | null; date: string } | null {
  const m =
    /^[\s\u3000]*(.*?)[\s\u3000]*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[\s\u3000]*印发[\s\u3000]*$/.exec(
      text,
    );
  if (!m) return null;
  const date = parseChineseDate(m[2]);
  if (!date) return null;
  const by = compact(m[1]);
  return { by: by || null, date };
}

/** The reader's looser 印发 line: any short line ending in a date and 印发 (the day may be missing). */
export function isPrintedLine(text: string): boolean {
  return new RegExp(`${DATE}${SP}印发${SP}$`).test(text) && text.trim().length <= 50;
}

/** `附件`, `附件 3`, `附件3 森林火灾应急处置队伍清单`: an attachment heading (not the `附件：` list). */
export function matchAttachmentMarker(text: string): { number: number | null; title: string | null } | null {
  const m = /^[\s\u3000]*附[\s\u3000]*件[\s\u3000]*(\d{1,2})?(?:[\s\u3000]+(.{2,60}))?$/.exec(text);
  if (!m) return null;
  const title = m[2]?.trim() ?? null;
  if (title && (/^[）)，。、；：]/.test(title) || /[。；]$/.test(title))) return null;
  return { number: m[1] ? Number(m[1]) : null, title };
}

/** `附件：1. …`: the list of attachments printed before the signature. */
export function isAttachmentList(text: string): boolean {
  return /^[\s\u3000]*(?:[-*+][\s\u3000]+)?附[\s\u3000]*件[\s\u3000]*[:：]/.test(text);
}

/** The reader's 附件 line: a bare marker (`附件`, `附件 1`, `附件一`) or the start of the list (`附件：`). */
export function isAttachmentLine(text: string): boolean {
  return (
    /^[\s\u3000]*附件[\s\u3000]*(\d+|[一二三四五六七八九十]+)?[\s\u3000]*$/.test(text) ||
    /^[\s\u3000]*附件[\s\u3000]*[：:]/.test(text)
  );
}

/** An addressee line: ends with a colon, names bodies, no sentence punctuation. */
export function isAddresseeLine(text: string): boolean {
  const t = text.trim();
  if (!/[：:]$/.test(t) || t.length > 120) return false;
  if (/[。；！？]/.test(t)) return false;
  return /(政府|办事处|部门|单位|委|局|主管部门|各位代表|区政府)[：:]$/.test(t) || /^各/.test(t);
}
