import { describe, expect, test } from 'vitest';
import { gazetteSlug, glossarySlug, noticeSlugFromWenhao, reportSlug } from '../../src/lib/slug.ts';

describe('slugs', () => {
  test('makes the documented notice slug for 沙府发〔2025〕8号 however it is typed', () => {
    expect(noticeSlugFromWenhao('沙府发〔2025〕8号')).toBe('sfzf-2025-008');
    expect(noticeSlugFromWenhao('沙府发〔2025〕8 号')).toBe('sfzf-2025-008');
    expect(noticeSlugFromWenhao('沙府发[2025]8号')).toBe('sfzf-2025-008');
  });

  test('falls back to pinyin initials for issuer codes without a table entry', () => {
    expect(noticeSlugFromWenhao('渝规资规范〔2020〕8号')).toBe('ygzgf-2020-008');
  });

  test('refuses a text that is not a 文号, naming it', () => {
    expect(() => noticeSlugFromWenhao('二〇二五年')).toThrow(/二〇二五年/);
  });

  test('gives glossary terms ASCII pinyin slugs without quotes', () => {
    expect(glossarySlug('“放管服”')).toBe('fang-guan-fu');
    expect(glossarySlug('放管服')).toBe('fang-guan-fu');
    expect(glossarySlug('“141”基层治理体系')).toBe('141-ji-ceng-zhi-li-ti-xi');
    expect(glossarySlug('重庆')).toBe('chong-qing');
  });

  test('makes gazette and report slugs', () => {
    expect(gazetteSlug(2025, 1)).toBe('2025-01');
    expect(reportSlug('政府工作报告', 2025)).toBe('work-report-2025');
    expect(reportSlug('督查报告', 2022)).toBe('supervision-report-2022');
  });
});
