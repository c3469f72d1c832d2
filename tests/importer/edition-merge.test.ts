/** Which edition is canonical: the webmaster's choice, else the gazette's printed edition, else the first. */
import { describe, expect, test } from 'vitest';
import { editionRefOf, mergeEditions, type EditionText } from '../../src/importer/editions/merge.ts';

const data = (file: string, gazette: string | null) => ({
  title: '重庆市沙坪坝区人民政府工作报告',
  gazette,
  publishedDate: gazette ? '2022-03-31' : null,
  source: { file, lines: [1, 100], style: 'word' },
});
const online: EditionText = {
  ref: editionRefOf('online', data('online.txt', null), true),
  body: '网上公开版正文。\n',
  data: data('online.txt', null),
  importNotes: [],
};

describe('mergeEditions', () => {
  test('a gazette edition arriving after the online one becomes canonical by default', () => {
    const merged = mergeEditions([online], { data: data('gazette.txt', '2022-01'), body: '公报正文。\n' }, undefined);
    expect(merged.editions.map((e) => [e.ref.id, e.ref.label, e.ref.canonical])).toEqual([
      ['online', '网上公开版', false],
      ['gazette', '公报印刷版', true],
    ]);
    expect(merged.displacedId).toBe('online');
    expect(merged.editions[1].ref.publishedDate).toBe('2022-03-31');
  });

  test('--canonical keeps the online edition canonical', () => {
    const merged = mergeEditions([online], { data: data('gazette.txt', '2022-01'), body: '公报正文。\n' }, 'online');
    expect(merged.canonicalId).toBe('online');
    expect(merged.displacedId).toBeNull();
  });

  test('the same export file is the same edition, whatever its text', () => {
    const merged = mergeEditions([online], { data: data('online.txt', null), body: '改过的正文。\n' }, undefined);
    expect(merged.editions).toHaveLength(1);
    expect(merged.editions[0].body).toBe('改过的正文。\n');
  });

  test('a stored edition cannot become canonical without its export', () => {
    const gazette = { ...online, ref: editionRefOf('gazette', data('g.txt', '2022-01'), false), data: null };
    expect(() => mergeEditions([online, gazette], { data: data('online.txt', null), body: 'x\n' }, 'gazette')).toThrow(
      '请导入它的导出文件（g.txt）并加 --canonical gazette',
    );
  });
});
