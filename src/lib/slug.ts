/**
 * Stable, readable ASCII slugs for every kind of entry.
 *
 * Slugs are part of permanent URLs: once published they never change and are
 * never reused, so every function here is deterministic and depends only on
 * the printed metadata (文号, term, year), never on file order.
 */
import { pinyin } from 'pinyin-pro';
import { ISSUER_SLUG_CODES, parseWenhao } from './wenhao.ts';

/** Lower-case ASCII pinyin initials of the Chinese characters in `text`. */
export function pinyinInitials(text: string): string {
  const han = text.replace(/[^\u4e00-\u9fa5]/g, '');
  if (!han) return '';
  return pinyin(han, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
}

/** Toneless pinyin syllables of a Chinese phrase joined by hyphens; Latin letters and digits are kept. */
export function pinyinSlug(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-'))
    .join('-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Slug of a numbered document: 沙府发〔2025〕8号 → sfzf-2025-008. */
export function noticeSlugFromWenhao(wenhao: string): string {
  const parsed = parseWenhao(wenhao);
  if (!parsed) throw new Error(`不是有效的文号：“${wenhao}”（应为 发文字号〔年份〕序号号，例如 沙府发〔2025〕8号）`);
  const code = ISSUER_SLUG_CODES[parsed.code] ?? pinyinInitials(parsed.code);
  return `${code}-${parsed.year}-${String(parsed.number).padStart(3, '0')}`;
}

/** Slug of a document without 文号: date plus the pinyin initials of its title (at most 12). */
export function noticeSlugFromTitle(title: string, date: string | null): string {
  const initials = pinyinInitials(title).slice(0, 12) || 'doc';
  return date ? `${date}-${initials}` : initials;
}

/** Slug of a gazette issue: 2025年第1期 → 2025-01. */
export function gazetteSlug(year: number, issue: number): string {
  return `${year}-${String(issue).padStart(2, '0')}`;
}

/** Report kinds mapped to readable slug stems. */
const REPORT_STEMS: Readonly<Record<string, string>> = {
  政府工作报告: 'work-report',
  督查报告: 'supervision-report',
};

/** Slug of a report: its kind and the year it plans for or reviews, e.g. work-report-2025. */
export function reportSlug(kind: string, year: number): string {
  return `${REPORT_STEMS[kind] ?? 'report'}-${year}`;
}

/** Slug of a glossary term: quotes and punctuation dropped, pinyin syllables joined: “放管服” → fang-guan-fu. */
export function glossarySlug(term: string): string {
  const slug = pinyinSlug(term.replace(/[“”"‘’'《》〈〉]/g, ''));
  if (!slug) throw new Error(`无法为名词“${term}”生成拼音网址`);
  return slug;
}
