import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { progressItems, tasksFromTable } from '../../src/lib/targets/tasks/from-tables.ts';
import { generateTaskFiles } from '../../src/content-files/task-files.ts';
import { readMeasure } from '../../src/lib/targets/tasks/measure.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT = join(ROOT, 'content');
const MEASURES = readFileSync(join(ROOT, 'scripts/data/task-measures.yaml'), 'utf8');
const generated = generateTaskFiles(CONTENT, MEASURES, 'task-measures.yaml');
const tasks = [...generated.values()].map((text) => parse(text));
const supervision = { kind: '督查报告', year: 2022, period: '2022年1—9月' };

describe("tasks from the supervision report's tables", () => {
  test('content/tasks/ is exactly what scripts/build-tasks.ts generates from the imported report', () => {
    const committed = readdirSync(join(CONTENT, 'tasks')).sort();
    expect(committed).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) expect(readFileSync(join(CONTENT, 'tasks', name), 'utf8')).toBe(text);
  });

  test('counts 131 tasks: 9 lagging (附件2) and 122 normal (附件3), numbered by row', () => {
    expect(tasks).toHaveLength(131);
    expect(tasks.filter((t) => t.officeStatus === '推进较为滞后').map((t) => t.row)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(tasks.filter((t) => t.officeStatus === '正常推进')).toHaveLength(122);
  });

  test("finds the 28 categories with the counts of the work report's run-in heads", () => {
    const count = (c: string) => tasks.filter((t) => t.category === c).length;
    expect(new Set(tasks.map((t) => t.category)).size).toBe(28);
    expect(count('建好环大学创新生态圈')).toBe(10);
    expect(count('高水平更新东部老城')).toBe(12);
    expect(count('加强社会治理创新')).toBe(5);
    expect(tasks.find((t) => t.attachment === 2 && t.row === 9).category).toBe('加强社会治理创新');
  });

  test('reads leaders without name padding, with the counts per leader', () => {
    const count = (name: string) => tasks.filter((t) => t.leaders.includes(name)).length;
    expect([
      count('陈英'),
      count('钟文'),
      count('赵祺'),
      count('田盈'),
      count('户邑'),
      count('凌健'),
      count('黄可欣'),
      count('林易乾'),
    ]).toEqual([30, 31, 19, 16, 17, 15, 14, 7]);
  });

  test('leaves 配合单位 empty in the 10 附件3 rows that print none', () => {
    expect(tasks.filter((t) => t.attachment === 3 && t.partners.length === 0).map((t) => t.row)).toEqual([
      5, 9, 36, 39, 55, 58, 79, 91, 105, 106,
    ]);
  });

  test("reads the lagging tasks' numeric targets against what was achieved", () => {
    const measure = (row: number, label: string) => {
      const m = tasks
        .find((t) => t.attachment === 2 && t.row === row)
        .measures.find((x: { label: string }) => x.label === label);
      return readMeasure(m, supervision);
    };
    expect(measure(2, '进口整车')).toMatchObject({ target: 5000, achieved: 1688, period: { label: '1-9月' } });
    expect(measure(4, '拆除违法建筑')).toMatchObject({ target: 150, achieved: 56 });
    expect(measure(5, '新山路沿线违法建筑')).toMatchObject({ target: 10, achieved: 0.1972 });
    expect(measure(7, '社区健身点')).toMatchObject({ target: 30, achieved: 10 });
    expect(measure(8, '燃气报警装置安装率')).toMatchObject({
      target: 100,
      achieved: 19.05,
      period: { label: '截至9月30日' },
    });
  });
});

describe('reading a task table', () => {
  const table = {
    anchor: '附件2x',
    heading: '附件2　推进较为滞后的2项重点工作任务进展情况表',
    header: ['序号', '工作任务', '', '责任区领导', '责任单位', '配合单位', '任务进展情况'],
    rows: [
      ['1', '类别甲', '任务一', '陈  英\n林易乾', '区甲局\n区乙委（区丙办）', '', '前言。①第一项。②第二项。'],
      ['2', '', '任务二', '户  邑', '区甲局', '各镇街', '已完成。'],
    ],
  };

  test('splits the 工作任务 header over category and task, fills the category down and unpads names', () => {
    const [a, b] = tasksFromTable(table);
    expect(a).toMatchObject({
      attachment: 2,
      officeStatus: '推进较为滞后',
      category: '类别甲',
      task: '任务一',
      leaders: ['陈英', '林易乾'],
      units: ['区甲局', '区乙委（区丙办）'],
      partners: [],
    });
    expect(b).toMatchObject({ category: '类别甲', row: 2, partners: ['各镇街'] });
  });

  test('splits progress into its numbered items, keeping the markers and any text before the first', () => {
    expect(progressItems('前言。①第一项。②第二项。')).toEqual(['前言。', '①第一项。', '②第二项。']);
    expect(progressItems('②只有第二项')).toEqual(['②只有第二项']);
  });

  test('refuses a row without a task, naming the table and row', () => {
    expect(() => tasksFromTable({ ...table, rows: [['1', '类别', '', '', '', '', '']] })).toThrow(
      /附件2.*第 1 行：“工作任务”单元格为空/,
    );
  });

  test('refuses a curated measure whose target is not in the task, naming the file and row', () => {
    const bad = MEASURES.replace('target: 进口整车5000辆以上', 'target: 进口整车6000辆以上');
    expect(() => generateTaskFiles(CONTENT, bad, 'task-measures.yaml')).toThrow(
      /task-measures\.yaml 中 supervision-report-2022 附件2 第2行.*进口整车6000辆以上/,
    );
  });
});
