/** Repeal relations across documents on the site, and duplicates of documents without 文号, on small synthetic exports. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { importInto, readEntry, tempContentDir } from './helpers/seeds.ts';

function notice(wenhao: string, title: string, date: string, extra: string[] = []): string[] {
  return [
    '重庆市某某区人民政府',
    title,
    '',
    wenhao,
    '',
    '各镇人民政府、各街道办事处，区政府各部门：',
    ...extra,
    '现予公布，请遵照执行。',
    '重庆市某某区人民政府',
    date,
    '',
  ];
}

function writeExport(name: string, lines: string[]): string {
  const path = join(tempContentDir(), name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('repeals of documents on the site', () => {
  test('a document repealed by another in the same import becomes 已废止 with repealedBy, both sides linked', () => {
    const dir = tempContentDir();
    const file = writeExport('two.txt', [
      ...notice('某府发〔2019〕18号', '关于加强河道管理的通告', '2019年5月6日', ['一、禁止在河道倾倒垃圾。']),
      ...notice('某府发〔2020〕75号', '关于禁止猎捕野生动物的通告', '2020年12月2日', [
        '本通告自发布之日起施行，原通告（某府发〔2019〕18号）同时废止。',
      ]),
    ]);
    importInto(dir, [file]);
    const old = readEntry(dir, 'notices/mff-2019-018').data;
    const repealer = readEntry(dir, 'notices/mff-2020-075').data;
    expect(repealer.repeals).toEqual([{ wenhao: '某府发〔2019〕18号', title: null, document: 'mff-2019-018' }]);
    expect(old.validity).toBe('已废止');
    expect(old.repealedBy).toEqual([{ wenhao: '某府发〔2020〕75号', title: null, document: 'mff-2020-075' }]);
    expect(checkContent(dir, '/').errors).toEqual([]);
  });

  test('importing a repeal later updates the repealed entry already on the site, and the next import changes nothing', () => {
    const dir = tempContentDir();
    importInto(dir, [
      writeExport(
        'old.txt',
        notice('某府发〔2019〕18号', '关于加强河道管理的通告', '2019年5月6日', ['一、禁止在河道倾倒垃圾。']),
      ),
    ]);
    const later = writeExport(
      'new.txt',
      notice('某府发〔2020〕75号', '关于禁止猎捕野生动物的通告', '2020年12月2日', [
        '本通告自发布之日起施行，原通告（某府发〔2019〕18号）同时废止。',
      ]),
    );
    const result = importInto(dir, [later]);
    expect(result.plan.changes.filter((c) => c.action === 'update').map((c) => c.path)).toContain(
      'notices/mff-2019-018.mdx',
    );
    expect(readEntry(dir, 'notices/mff-2019-018').data.validity).toBe('已废止');
    expect(importInto(dir, [later]).plan.changes.every((c) => c.action === 'unchanged')).toBe(true);
  });

  test('a repealed entry edited by hand is not updated without --force', () => {
    const dir = tempContentDir();
    importInto(dir, [
      writeExport(
        'old.txt',
        notice('某府发〔2019〕18号', '关于加强河道管理的通告', '2019年5月6日', ['一、禁止在河道倾倒垃圾。']),
      ),
    ]);
    const path = join(dir, 'notices/mff-2019-018.mdx');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n补充说明（手工添加）。\n`);
    const later = writeExport(
      'new.txt',
      notice('某府发〔2020〕75号', '关于禁止猎捕野生动物的通告', '2020年12月2日', [
        '原通告（某府发〔2019〕18号）同时废止。',
      ]),
    );
    const refused = importInto(dir, [later]);
    expect(refused.written).toBe(false);
    expect(refused.plan.conflicts.map((c) => c.path)).toEqual(['notices/mff-2019-018.mdx']);
  });
});

describe('documents without 文号', () => {
  test('are keyed by title and date: the same document twice is one entry', () => {
    const dir = tempContentDir();
    const report = [
      '重庆市某某区人民政府督查办',
      '关于2023年重点任务推进情况的报告',
      '',
      '区政府：',
      '根据区政府工作安排，现将推进情况报告如下。',
      '一、总体情况',
      '截至10月19日，任务正常推进。',
    ];
    const file = writeExport('report.txt', report);
    importInto(dir, [file]);
    expect(readEntry(dir, 'reports/supervision-report-2023').data).toMatchObject({
      kind: '督查报告',
      addressees: '区政府',
      year: 2023,
    });
    const changed = writeExport(
      'report-b.txt',
      report.map((l) => l.replace('任务正常推进', '任务基本正常推进')),
    );
    const second = importInto(dir, [changed]);
    expect(second.written).toBe(false);
    expect(second.plan.conflicts[0].message).toMatch(/站内已有同一文件/);
  });
});
