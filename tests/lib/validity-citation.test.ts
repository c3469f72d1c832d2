import { describe, expect, test } from 'vitest';
import { relatedLabel, validityBanner } from '../../src/lib/validity.ts';
import { citationText } from '../../src/lib/citation.ts';
import { neighbours } from '../../src/lib/gazette-order.ts';

describe('validityBanner', () => {
  const base = { effectiveDate: null, repealedBy: [], amendedBy: [] };
  test('returns no banner for a document in force', () => {
    expect(validityBanner({ ...base, validity: '有效' })).toBeNull();
  });
  test('names the repealing documents of a repealed document', () => {
    const repealedBy = [{ wenhao: '沙府发〔2020〕75号', title: null, document: { id: 'sfzf-2020-075' } }];
    const banner = validityBanner({ ...base, validity: '已废止', repealedBy });
    expect(banner?.kind).toBe('repealed');
    expect(banner?.related).toEqual(repealedBy);
  });
  test('gives the effective date of a document not yet in force', () => {
    expect(validityBanner({ ...base, validity: '未生效', effectiveDate: '2026-01-01' })?.message).toContain(
      '2026-01-01',
    );
  });
  test('labels an off-site related document by its 文号', () => {
    expect(relatedLabel({ wenhao: '沙府发〔2019〕18号', title: null, document: null })).toBe('沙府发〔2019〕18号');
  });
});

describe('citationText', () => {
  test('cites issuer, title with inner title marks as 〈〉, 文号, date and URL', () => {
    const text = citationText({
      title: '关于印发《要点》的通知',
      wenhao: '沙府发〔2025〕8号',
      issuer: '重庆市沙坪坝区人民政府',
      date: '2025-03-05',
      url: 'https://www.cqspb.gov.cn/documents/sfzf-2025-008/',
    });
    expect(text).toBe(
      '重庆市沙坪坝区人民政府，《关于印发〈要点〉的通知》，沙府发〔2025〕8号，2025年3月5日。https://www.cqspb.gov.cn/documents/sfzf-2025-008/',
    );
  });
});

describe('neighbours', () => {
  const contents = [
    { collection: 'reports' as const, id: 'r' },
    { collection: 'notices' as const, id: 'a' },
    { collection: 'notices' as const, id: 'b' },
  ];
  test('returns the previous and next entries in printed order', () => {
    expect(neighbours(contents, 'a')).toEqual({ prev: contents[0], next: contents[2] });
  });
  test('returns nothing for a document not in the issue', () => {
    expect(neighbours(contents, 'z')).toEqual({ prev: null, next: null });
  });
});
