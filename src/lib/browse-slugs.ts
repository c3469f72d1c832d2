/**
 * URL segments of the browse groups (/documents/<facet>/<group>/): readable pinyin of the
 * group's name (发文机关 without the 重庆市沙坪坝 prefix every district body shares),
 * digits for years, plain words for the groups that stand for a missing value.
 *
 * Until 2026-12 the segments were pinyin initials (`cqsspbqrmzf`); `legacyGroupSlug` keeps
 * that rule so the old addresses can be redirected (deploy/nginx.conf, map $spb_moved).
 */
import { pinyinInitials, pinyinSlug } from './slug.ts';

/** Group names for a missing value, and their segments. */
export const MISSING_VALUE_SLUGS: Readonly<Record<string, string>> = {
  未注明日期: 'undated',
  未注明发文机关: 'no-issuer',
};

/** The shared prefixes of issuer names, and what is kept of them (重庆市沙坪坝区人民政府 → qu-ren-min-zheng-fu). */
const PREFIXES: [RegExp, string][] = [
  [/^重庆市沙坪坝区/, '区'],
  [/^重庆市/, '市'],
];

/** Readable segment for a group name: 2025 → 2025, 通知 → tong-zhi, 重庆市沙坪坝区人民政府办公室 → qu-ren-min-zheng-fu-ban-gong-shi. */
export function groupSlug(name: string): string {
  if (/^\d{4}$/.test(name)) return name;
  if (MISSING_VALUE_SLUGS[name]) return MISSING_VALUE_SLUGS[name];
  // Joint issuers are printed with spaces between the bodies: each loses its prefix.
  const short = name
    .split(/[\s\u3000、]+/)
    .filter(Boolean)
    .map((part) => PREFIXES.reduce((text, [pattern, kept]) => text.replace(pattern, kept), part))
    .join(' ');
  return pinyinSlug(short) || 'other';
}

/** The segment the group had under the first rule: pinyin initials of the whole name. */
export function legacyGroupSlug(name: string): string {
  if (/^\d{4}$/.test(name)) return name;
  return pinyinInitials(name) || 'other';
}

/**
 * Segments for a facet's group names, unique within the facet: names in zh-CN order, a
 * colliding segment gets -2, -3… in that order (the rule both the old and new slugs follow).
 */
export function uniqueSlugs(names: string[], slugOf: (name: string) => string): Map<string, string> {
  const used = new Map<string, number>();
  const slugs = new Map<string, string>();
  for (const name of [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
    const base = slugOf(name);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    slugs.set(name, n === 1 ? base : `${base}-${n}`);
  }
  return slugs;
}
