import { describe, expect, test } from 'vitest';
import { indexPage, joinTokens, PART_WORDS } from '../../src/lib/search/index-records.ts';
import type { PageRecords } from '../../src/lib/search/page-records.ts';
import { BLOCK_MARK, displayTokens, textWords } from '../../src/lib/search/tokens.ts';

const notice: PageRecords = {
  url: '/documents/sfzf-2025-008/',
  filters: { 类型: ['文件'], 年份: ['2025'] },
  meta: { title: '关于印发安全生产工作要点的通知', 文号: '沙府发〔2025〕8号', date: '2025-03-05', type: '文件' },
  sort: { date: '2025-03-05' },
  sections: [
    { anchor: null, heading: null, text: '各镇人民政府，区政府各部门：\n现将要点印发给你们。' },
    { anchor: 'yi', heading: '一、总体要求', text: '坚持“安全第一”，落实PM2.5 防治。' },
  ],
};

describe('indexPage', () => {
  const page = indexPage(notice);

  test('gives Pagefind one record per page: the 文号, the title, then the body, as words without punctuation', () => {
    const words = page.record.content.split(' ');
    expect(words.slice(0, 6)).toEqual(['沙', '府', '发', '2025', '8', '号']);
    expect(words.slice(6, 6 + 15).join('')).toBe('关于印发安全生产工作要点的通知');
    expect(words).toEqual([
      ...textWords(notice.meta['文号']),
      ...textWords(notice.meta.title),
      ...notice.sections.flatMap((s) => textWords(s.text)),
    ]);
    expect(page.record).toMatchObject({ url: '/documents/sfzf-2025-008/', language: 'und', meta: {} });
    expect(page.zone).toEqual({ wenhao: 6, title: 15 });
  });

  test('keeps what a result shows, and each section with the position of its first word', () => {
    expect(page.head).toEqual({
      url: notice.url,
      title: notice.meta.title,
      type: '文件',
      wenhao: '沙府发〔2025〕8号',
      date: '2025-03-05',
    });
    const [part] = page.parts;
    expect(part.start).toBe(21);
    expect(part.sections).toEqual([
      [21, null, null],
      [21 + textWords(notice.sections[0].text).length, 'yi', '一、总体要求'],
    ]);
  });

  test('stores the body as printed, one token per word position, with block ends', () => {
    const tokens = displayTokens(page.parts[0].text);
    expect(tokens).toHaveLength(page.record.content.split(' ').length - 21);
    expect(tokens.join('')).toContain(`部门：${BLOCK_MARK}现`);
    expect(tokens).toContain('PM2.5');
  });

  test('cuts a long body into parts of PART_WORDS positions, every part carrying the head and its sections', () => {
    const long = indexPage({
      ...notice,
      sections: [
        { anchor: 'a', heading: '甲', text: '字'.repeat(PART_WORDS * 2) },
        { anchor: 'b', heading: '乙', text: '文'.repeat(10) },
      ],
    });
    expect(long.parts.map((p) => p.start)).toEqual([21, PART_WORDS, 2 * PART_WORDS]);
    expect(long.parts.map((p) => displayTokens(p.text).length)).toEqual([PART_WORDS - 21, PART_WORDS, 31]);
    expect(long.parts[2].sections.map((s) => s[1])).toEqual(['a', 'b']);
    expect(long.parts.every((p) => p.title === notice.meta.title)).toBe(true);
  });

  test('keeps a glossary term, its other forms and its definition', () => {
    const term = indexPage({
      ...notice,
      meta: {
        title: '双减',
        term: '双减',
        variants: '“双减”、双减政策',
        definition: '减轻作业负担和校外培训负担。',
        type: '名词',
      },
      sections: [],
    });
    expect(term.head).toMatchObject({
      term: '双减',
      variants: ['“双减”', '双减政策'],
      definition: '减轻作业负担和校外培训负担。',
      wenhao: null,
    });
    expect(term.record.content).toBe('双 减 双 减 双 减 政 策');
    expect(term.parts).toHaveLength(1);
  });
});

describe('joinTokens', () => {
  test('gives back text that splits into the same tokens, spaced only between Latin words and numbers', () => {
    const tokens = displayTokens('建成 20 个 AI 应用，增长6.5%。第1. 5项 “双减”');
    expect(displayTokens(joinTokens(tokens))).toEqual(tokens);
    expect(joinTokens(['安', '全', '2025', '8', '号'])).toBe('安全2025 8号');
  });
});
