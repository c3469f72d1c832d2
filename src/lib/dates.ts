/** Date formatting for the Chinese UI. Dates are ISO strings (YYYY-MM-DD) throughout the content. */

/** 2025-03-05 → 2025年3月5日; null → the fallback text. */
export function formatDateZh(iso: string | null | undefined, fallback = '未注明'): string {
  if (!iso) return fallback;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The year of an ISO date, or null. */
export function yearOf(iso: string | null | undefined): number | null {
  return iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null;
}

/** Compares ISO dates for sorting newest first; undated entries go last. */
export function byDateDesc(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? 1 : -1;
}
