/**
 * Recognisers for the structural lines of a government document: section
 * labels, 文号 lines, signing dates, status lines, 印发 lines, issuers,
 * attachment markers. Each takes one block's text (already re-joined).
 */
import { normaliseWenhao } from '../../lib/wenhao.ts';

const SP = '[\\s\\u3000]*';

/** Removes every kind of whitespace: for titles, labels, 文号 and keys. */
export function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** `【区政府文件】` → `区政府文件`. */
export function matchLabel(text: string): string | null {
  const m = /^[\s\u3000]*【([^【】]{2,20})】[\s\u3000]*$/.exec(text);
  return m ? compact(m[1]) : null;
}

const WENHAO_LINE = new RegExp(`^${SP}\\S{1,12}?${SP}[〔﹝\\[（(【]${SP}(?:19|20)\\d{2}${SP}[〕﹞\\]）)】]${SP}第?${SP}\\d{1,4}${SP}号${SP}$`);

/** A whole line that is a 文号: returns printed (trimmed) and normalised forms. */
export function matchWenhaoLine(text: string): { printed: string; normal: string } | null {
  if (!WENHAO_LINE.test(text)) return null;
  const normal = normaliseWenhao(text.trim());
  return normal ? { printed: text.trim(), normal } : null;
}

/** Every 文号 cited anywhere in a text, normalised, in order. */
export function findWenhaos(text: string): { printed: string; normal: string; index: number }[] {
  const re = /([\u4e00-\u9fa5]{1,10})[\s\u3000]*[〔﹝\[]\s*((?:19|20)\d{2})\s*[〕﹞\]]\s*第?\s*(\d{1,4})\s*号/g;
  const found: { printed: string; normal: string; index: number }[] = [];
  for (const m of text.matchAll(re)) {
    const normal = normaliseWenhao(m[0]);
    if (normal) found.push({ printed: m[0], normal, index: m.index ?? 0 });
  }
  return found;
}

const DATE_RE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** ISO date of the first full Chinese date in a text. */
export function parseChineseDate(text: string): string | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A line that is only a date (a signing date). */
export function matchDateLine(text: string): string | null {
  return /^[\s\u3000]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\u3000]*$/.test(text) ? parseChineseDate(text) : null;
}

/** `（此件公开发布）`, `(此件公开发布)`, `（本文有删减）`…: a fully parenthesised status line. */
export function matchStatusLine(text: string): { printed: string; publicRelease: boolean } | null {
  const t = text.trim();
  if (!/^[（(][^（）()]{2,14}[）)]$/.test(t)) return null;
  const inner = compact(t.slice(1, -1));
  if (!/公开|删减|不予|依申请/.test(inner)) return null;
  return { printed: t, publicRelease: /^此件公开发布$/.test(inner) };
}

/** `重庆市沙坪坝区人民政府办公室 2020 年 9月 22日印发` → office and date. */
export function matchPrintedLine(text: string): { by: string | null; date: string } | null {
  const m = /^[\s\u3000]*(.*?)[\s\u3000]*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[\s\u3000]*印发[\s\u3000]*$/.exec(text);
  if (!m) return null;
  const date = parseChineseDate(m[2]);
  if (!date) return null;
  const by = compact(m[1]);
  return { by: by || null, date };
}

const ORG_SUFFIX = /(人民政府|政府|办公室|办公厅|委员会|委|局|厅|部|办|院|署|中心|秘书处|指挥部|领导小组|督查办|管委会|公司|街道办事处)$/;

/** One organisation name, or several separated by spaces (joint issuers). */
export function isIssuerLine(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 60) return false;
  if (/[，。；：、！？“”《》（）()]/.test(t)) return false;
  return t.split(/[\s\u3000]+/).every((part) => part.length >= 2 && ORG_SUFFIX.test(part));
}

/** A line that starts with an issuing body and goes on with 关于 (a title's first line). */
export function startsWithIssuer(text: string): boolean {
  const t = compact(text);
  return /^\S{2,30}?(人民政府|办公室|办公厅|委员会|局|督查办|指挥部)(关于|$)/.test(t) || /^关于/.test(t);
}

/** Document kinds a title can end with, longest first. */
export const TITLE_KINDS = ['实施意见', '通知', '通告', '公告', '决定', '意见', '报告', '批复', '函', '命令', '决议', '议案', '请示', '纪要', '方案', '办法', '规定', '规划', '计划', '要点', '预案', '细则', '清单', '名录'];

/** The 文种 a title ends with (…的通知 → 通知), or null. */
export function titleKind(title: string): string | null {
  const t = compact(title).replace(/[*]+/g, '');
  for (const kind of TITLE_KINDS) if (t.endsWith(kind)) return kind;
  return null;
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

/** An addressee line: ends with a colon, names bodies, no sentence punctuation. */
export function isAddresseeLine(text: string): boolean {
  const t = text.trim();
  if (!/[：:]$/.test(t) || t.length > 120) return false;
  if (/[。；！？]/.test(t)) return false;
  return /(政府|办事处|部门|单位|委|局|主管部门|各位代表|区政府)[：:]$/.test(t) || /^各/.test(t);
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

/** `名词解释` (letter-spaced or not). */
export function isGlossaryHeading(text: string): boolean {
  return compact(text) === '名词解释';
}
