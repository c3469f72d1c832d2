import { describe, expect, test } from 'vitest';
import { definitionCards, placeLabel, reportLabel, termCitation } from '../../src/lib/glossary/presentation.ts';
import { definitionFor, relatedTerms, shortDefinition, type GlossaryTerm } from '../../src/lib/glossary/terms.ts';
import { filterKey } from '../../src/lib/glossary/filter-key.ts';
import { matchesFilter } from '../../src/lib/glossary/filter.ts';
import { byId, TERMS } from './fixtures.ts';

const twoYears: GlossaryTerm = {
  id: 'fang-guan-fu',
  term: '放管服',
  variants: ['“放管服”'],
  related: [],
  definitions: [
    {
      reportId: 'work-report-2022',
      year: 2022,
      number: 2,
      heading: null,
      text: '简政放权、放管结合、优化服务的简称。',
    },
    { reportId: 'work-report-2021', year: 2021, number: 1, heading: null, text: '“放”即简政放权。' },
    {
      reportId: 'work-report-2025',
      year: 2025,
      number: 3,
      heading: null,
      text: '简政放权、放管结合、 优化服务的简称。',
    },
  ],
};

describe('related terms', () => {
  test('two terms are related when the definition of one mentions the other, both ways', () => {
    const related = relatedTerms(TERMS);
    expect(related.get('wu-fei-cheng-shi-xi-bao')).toEqual(['wu-fei-cheng-shi']);
    expect(related.get('wu-fei-cheng-shi')).toEqual(['wu-fei-cheng-shi-xi-bao']);
    expect(related.get('nong-cun-san-bian')).toEqual(['san-bian']);
  });

  test('a definition that names its own term does not make the term related to itself', () => {
    const self = {
      ...byId.get('fang-guan-fu')!,
      definitions: [{ ...twoYears.definitions[0], text: '即放管服改革。' }],
    };
    expect(relatedTerms([self]).get('fang-guan-fu')).toEqual([]);
  });

  test('keeps the related terms an entry lists itself', () => {
    const listed = { ...byId.get('shuang-jian')!, related: ['liang-chong'] };
    const related = relatedTerms([listed, byId.get('liang-chong')!]);
    expect(related.get('liang-chong')).toEqual(['shuang-jian']);
  });
});

describe('definitions on the term page', () => {
  test('are shown oldest first, each compared with the one before', () => {
    const cards = definitionCards(twoYears);
    expect(cards.map((c) => [c.id, c.sameAs, c.changedFrom])).toEqual([
      ['def-2021', null, null],
      ['def-2022', null, 2021],
      ['def-2025', 2022, null], // differs only by a space
    ]);
  });

  test('the short definition beside a link is the one of the report being read, else the newest', () => {
    expect(definitionFor(twoYears, 'work-report-2021').year).toBe(2021);
    expect(definitionFor(twoYears, 'sfzf-2025-008').year).toBe(2025);
    expect(shortDefinition(twoYears)).toBe('简政放权、放管结合、 优化服务的简称。');
  });

  test('the citation names the newest source, its number in the list and the permanent URL', () => {
    const label = (id: string) => reportLabel({ title: '重庆市沙坪坝区人民政府工作报告', year: Number(id.slice(-4)) });
    expect(termCitation(twoYears, label, 'https://x/glossary/fang-guan-fu/')).toBe(
      '“放管服”，见2025年重庆市沙坪坝区人民政府工作报告“名词解释”第3条。https://x/glossary/fang-guan-fu/',
    );
    const quoted = { ...twoYears, term: '打好“四张牌”' };
    expect(termCitation(quoted, label, 'u')).toMatch(/^“打好‘四张牌’”，见/);
  });

  test('names the place of a use: its paragraph, its heading, or the block after an anchor', () => {
    const excerpt = { before: '', match: '放管服', after: '' };
    expect(placeLabel({ termId: 'x', anchor: 'p-12', anchorIsOwn: true, blockKind: '段落', count: 1, excerpt })).toBe(
      '第12段',
    );
    expect(placeLabel({ termId: 'x', anchor: 'p-12', anchorIsOwn: false, blockKind: '表格', count: 1, excerpt })).toBe(
      '第12段后的表格',
    );
    expect(
      placeLabel(
        { termId: 'x', anchor: '一深化改革', anchorIsOwn: true, blockKind: '标题', count: 1, excerpt },
        '一、深化改革',
      ),
    ).toBe('标题“一、深化改革”');
  });
});

describe('filter on the index', () => {
  test('finds a term by its characters, its pinyin or its pinyin initials, ignoring quotes and spaces', () => {
    const key = filterKey('“清廉重庆”建设', ['清廉重庆建设']);
    for (const query of ['清廉', '重庆建设', 'qinglian', 'chongqing', 'QLCQ', ' qing lian ', '“清廉重庆”']) {
      expect(matchesFilter(key, query), query).toBe(true);
    }
    expect(matchesFilter(key, 'zhongqing')).toBe(false); // 重 here is chóng
    expect(matchesFilter(key, '放管服')).toBe(false);
    expect(matchesFilter(key, '')).toBe(true);
  });
});
