/** Differences between editions as readers see them: segments, anchors, places, open-data records, the 版本 row. */
import { describe, expect, test } from 'vitest';
import { blockAnchors, editionDifferences, placeOf, wordingDiff } from '../../src/lib/editions/inline.ts';
import { editionLabel, versionsUrl } from '../../src/lib/editions/labels.ts';
import { editionsRow } from '../../src/lib/editions/meta-row.ts';
import { withEditions } from '../../src/lib/open-data/editions.ts';

const CANONICAL = [
  '各位代表：',
  '## 2024年工作回顾',
  '**一年来，**我们大力实施创新驱动发展战略。',
  '| 指标 | 目标 |\n| --- | --- |\n| 增长 | 6% |',
  '新增优质学位1640个。',
].join('\n\n');

describe('editionDifferences', () => {
  test('formatting alone (spaces, emphasis, a heading number) is no difference', () => {
    const other = CANONICAL.replace('2024年', '2024 年')
      .replace('**一年来，**', '一年来，')
      .replace('1640个', '1640 个');
    expect(editionDifferences(CANONICAL, other, ['2024年工作回顾'])).toEqual([]);
  });

  test('a changed word is marked in its paragraph, which links to its p-N anchor', () => {
    const other = CANONICAL.replace('大力实施', '深入实施').replace('1640个', '1650个');
    const changes = editionDifferences(CANONICAL, other, ['2024年工作回顾']);
    expect(changes.map((c) => [c.anchor, placeOf(c)])).toEqual([
      ['p-2', '第 2 段'],
      ['p-3', '第 3 段'],
    ]);
    expect(changes[0].segments).toEqual([
      { kind: 'same', text: '一年来，我们' },
      { kind: 'del', text: '大力' },
      { kind: 'ins', text: '深入' },
      { kind: 'same', text: '实施创新驱动发展战略。' },
    ]);
  });

  test('a changed heading links to its id', () => {
    const changes = editionDifferences(CANONICAL, CANONICAL.replace('工作回顾', '工作总结'), ['2024年工作回顾']);
    expect(changes.map((c) => [c.anchor, placeOf(c)])).toEqual([['2024年工作回顾', '标题']]);
  });

  test('blocks are anchored as the renderer numbers them: tables and headings are not paragraphs', () => {
    expect(blockAnchors(CANONICAL, ['h'])).toEqual(['p-1', 'h', 'p-2', null, 'p-3']);
  });

  test('a paragraph split at a page break is the same paragraph', () => {
    const split = CANONICAL.replace('我们大力', '我们\n\n大力');
    expect(editionDifferences(CANONICAL, split, [])).toEqual([]);
  });
});

test('wordingDiff marks a definition’s change', () => {
  expect(wordingDiff('简政放权、优化服务的简称', '简政放权、优化服务改革的简称')).toEqual([
    { kind: 'same', text: '简政放权、优化服务' },
    { kind: 'ins', text: '改革' },
    { kind: 'same', text: '的简称' },
  ]);
});

describe('labels, the 版本 row and open data', () => {
  const list = [
    {
      id: 'gazette',
      label: '公报印刷版',
      canonical: true,
      source: { file: 'a.txt', lines: [1, 2] as [number, number] },
      publishedDate: '2022-03-01',
    },
    {
      id: 'online',
      label: '网上公开版',
      canonical: false,
      source: { file: 'b.txt', lines: [1, 2] as [number, number] },
      publishedDate: null,
    },
  ];
  test('labels', () => {
    expect([editionLabel('gazette'), editionLabel('online-2'), editionLabel('x')]).toEqual([
      '公报印刷版',
      '网上公开版（2）',
      'x',
    ]);
    expect(versionsUrl('notices', 'sfzf-2022-008')).toBe('/documents/sfzf-2022-008/versions/');
  });
  test('the 版本 row appears only with more than one edition', () => {
    expect(editionsRow('reports', 'r', undefined)).toEqual([]);
    expect(editionsRow('reports', 'r', list)).toEqual([
      [
        '版本',
        { href: '/reports/r/versions/', text: '2 个版本（本页为公报印刷版）：公报印刷版、网上公开版，查看版本对照' },
      ],
    ]);
  });
  test('documents.json lists editions only where there are several', () => {
    const records = withEditions(
      [
        { collection: 'reports' as const, id: 'r' },
        { collection: 'notices' as const, id: 'n' },
      ],
      (c) => (c === 'reports' ? list : undefined),
      'https://example.org/',
    );
    expect(records[1]).toEqual({ collection: 'notices', id: 'n' });
    expect(records[0].versionsUrl).toBe('https://example.org/reports/r/versions/');
    expect(records[0].editions?.map((e) => [e.id, e.canonical, e.sourceFile])).toEqual([
      ['gazette', true, 'a.txt'],
      ['online', false, 'b.txt'],
    ]);
  });
});
