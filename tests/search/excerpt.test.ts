import { describe, expect, test } from 'vitest';
import { excerptTarget, partExcerpt, phraseTokens, sectionHref, tokenExcerpt } from '../../src/lib/search/excerpt.ts';
import type { DocPart } from '../../src/lib/search/index-records.ts';
import { displayTokens } from '../../src/lib/search/tokens.ts';

describe('tokenExcerpt', () => {
  test('joins Chinese tokens back together and marks the matched ones', () => {
    expect(tokenExcerpt(displayTokens('落实“双减”政策'), 2, new Set([2, 3]))).toEqual([
      { text: '落实“', mark: false },
      { text: '双减”', mark: true },
      { text: '政策', mark: false },
    ]);
  });

  test('keeps a space between two Latin words or numbers only', () => {
    expect(tokenExcerpt(displayTokens('DRG付费 and the 2025年'), 0, new Set())).toEqual([
      { text: 'DRG付费and the 2025年', mark: false },
    ]);
  });

  test('shows the end of a paragraph or table cell as a space', () => {
    expect(tokenExcerpt(displayTokens('区发展改革委、\n区市场监管局'), 0, new Set())).toEqual([
      { text: '区发展改革委、 区市场监管局', mark: false },
    ]);
  });

  test('never shows the block mark, also where the next block opens with punctuation', () => {
    // Opening punctuation rides on the token before it, after the block mark: 页␞【, 展␞（.
    const tokens = displayTokens('见第59页\n【区政府办公室文件】老龄事业发展\n（一）总体要求');
    const segments = tokenExcerpt(tokens, 0, new Set([3]));
    expect(segments.map((s) => s.text).join('')).toBe('见第59页 【区政府办公室文件】老龄事业发展 （一）总体要求');
    expect(segments).toContainEqual({ text: '页', mark: true });
    expect(JSON.stringify(segments)).not.toContain('\u241e');
  });

  test('starts a few words before the match and says where the text goes on', () => {
    const tokens = displayTokens('甲'.repeat(100) + '乙' + '丙'.repeat(100));
    const segments = tokenExcerpt(tokens, 100, new Set([100]), 20);
    expect(segments).toEqual([
      { text: `…${'甲'.repeat(12)}`, mark: false },
      { text: '乙', mark: true },
      { text: `${'丙'.repeat(7)}…`, mark: false },
    ]);
  });

  test('keeps its length near the end of the text', () => {
    const segments = tokenExcerpt(displayTokens('甲'.repeat(30)), 29, new Set(), 10);
    expect(segments).toEqual([{ text: `…${'甲'.repeat(10)}`, mark: false }]);
  });
});

describe('excerptTarget', () => {
  test('finds the phrase again in the body when its first occurrence is in the title', () => {
    // "安全" (2 words): exact match at 3–4 in the title; the ranked search saw 安 or 全 at 3, 4, 30, 40, 41, 50.
    expect(excerptTarget({ phrases: [[3, 4]], words: [3, 4], ranked: [3, 4, 30, 40, 41, 50] }, [2], 20)).toBe(40);
  });

  test('takes any query word for a document matched word by word, and the start of the body when nothing is in it', () => {
    expect(excerptTarget({ phrases: [], words: [3, 30], ranked: [3, 30, 31] }, [2], 20)).toBe(30);
    expect(excerptTarget({ phrases: [[3, 4]], words: [3, 4], ranked: [3, 4] }, [2], 20)).toBe(20);
  });
});

describe('phraseTokens', () => {
  test('marks the tokens that spell a phrase, wherever it occurs, and nothing around it', () => {
    const tokens = displayTokens('文号 沙府发〔2025〕8号 发文机关；沙府发〔2025〕8号');
    expect([...phraseTokens(tokens, [['沙', '府', '发', '2025', '8', '号']])]).toEqual([
      2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 16, 17,
    ]);
  });
});

describe('partExcerpt', () => {
  const part: DocPart = {
    url: '/reports/r/',
    title: '报告',
    type: '报告',
    wenhao: null,
    date: null,
    start: 1000,
    sections: [
      [990, 'p-3', '二、任务'],
      [1004, 'p-4', '二、任务'],
    ],
    text: '推进城市更新。落实“双减”政策。',
  };

  test('links to the section of the match, with its heading, and marks every matched word in the part', () => {
    const excerpt = partExcerpt(part, [['双', '减']], 1008);
    expect(excerpt.href).toBe('/reports/r/#p-4');
    expect(excerpt.heading).toBe('二、任务');
    expect(excerpt.segments).toEqual([
      { text: '推进城市更新。落实“', mark: false },
      { text: '双减”', mark: true },
      { text: '政策。', mark: false },
    ]);
  });

  test('links to the section the part starts in when the match is there', () => {
    expect(partExcerpt(part, [['推']], 1000).href).toBe('/reports/r/#p-3');
  });
});

describe('sectionHref', () => {
  test('links to the page, at the anchor when there is one', () => {
    expect(sectionHref('/d/', null)).toBe('/d/');
    expect(sectionHref('/d/', '一、总体')).toBe('/d/#%E4%B8%80%E3%80%81%E6%80%BB%E4%BD%93');
  });
});
