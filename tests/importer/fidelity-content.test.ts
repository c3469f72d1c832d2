/** Collecting the imported content of one export from a content directory. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent, segmentsFor } from '../../src/importer/fidelity/content.ts';
import { measureFidelity } from '../../src/importer/fidelity/fidelity.ts';

const dir = mkdtempSync(join(tmpdir(), 'fidelity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

write(
  'notices/sfzf-2025-008.mdx',
  [
    '---',
    'title: 重庆市沙坪坝区人民政府关于印发《工作要点》的通知',
    'wenhao: 沙府发〔2025〕8号',
    'source: { file: x.txt, lines: [20, 30] }',
    'importNotes: [{ line: 25, kind: debris, note: 删除页码“- 11 -” }]',
    '---',
    '各镇人民政府：',
    '',
    '现将《工作要点》印发给你们。',
  ].join('\n'),
);
write(
  'reports/work-report-2025.mdx',
  ['---', 'title: 重庆市沙坪坝区人民政府工作报告', 'source: { file: x.txt, lines: [1, 12] }', '---', '各位代表：'].join(
    '\n',
  ),
);
write(
  'glossary/shi-xiang-xing-dong.mdx',
  [
    '---',
    'term: 十项行动',
    'definitions:',
    '  - { report: work-report-2025, year: 2025, number: 1, text: 成渝地区双城经济圈建设行动。 }',
    '  - { report: work-report-2024, year: 2024, number: 3, text: 另一年的释义。 }',
    '---',
  ].join('\n'),
);
write(
  'notices/other.mdx',
  ['---', 'title: 其他导出的文件', 'source: { file: y.txt, lines: [1, 9] }', '---', '不属于这个导出。'].join('\n'),
);

describe('fidelity content', () => {
  const entries = loadContent(dir);

  test('takes the entries of this export in source order, with the glossary definitions of its reports', () => {
    const { segments, count } = segmentsFor('x.txt', entries);
    expect(count).toBe(2);
    expect(segments.map((s) => s.body.trim())).toEqual([
      '各位代表：',
      '1十项行动成渝地区双城经济圈建设行动。',
      '各镇人民政府：\n\n现将《工作要点》印发给你们。',
    ]);
  });

  test('leaves out importNotes and source, which quote debris rather than print it', () => {
    const { segments } = segmentsFor('x.txt', entries);
    expect(segments.map((s) => s.fields).join('\n')).not.toContain('- 11 -');
    const lines = [
      '重庆市沙坪坝区人民政府工作报告',
      '各位代表：',
      '1. 十项行动：成渝地区双城经济圈建设行动。',
      '- 11 -',
      '沙府发〔2025〕8 号',
      '各镇人民政府：',
      '现将《工作要点》印发给你们。',
    ];
    const report = measureFidelity(lines, segments);
    expect(report.lines.filter((l) => l.found < l.total).map((l) => l.text)).toEqual(['- 11 -']);
  });

  test('finds nothing for an export that was not imported', () => {
    expect(segmentsFor('z.txt', entries).count).toBe(0);
  });
});
