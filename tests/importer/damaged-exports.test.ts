/**
 * Damaged exports, made from the seeds at test time: the importer either
 * publishes every document whole or refuses, naming file, line and what is
 * missing, and leaves the content folder exactly as it was.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { ImportError, ImportRefused } from '../../src/importer/types.ts';
import { SEED, importInto, readEntry, snapshot, tempContentDir } from './helpers/seeds.ts';
import {
  cutAfterLine,
  cutAfterText,
  cutAt,
  cutBeforeLine,
  doubleEveryLine,
  lineOf,
  seedText,
  writeExport,
} from '../../src/bench/damage.ts';
import { checkContent } from '../../src/content-check/index.ts';

/** Runs an import that must be refused; returns the refusal and checks that nothing was written. */
function refused(
  files: string[],
  options: { acceptIncomplete?: boolean; year?: number } = {},
): ImportRefused | ImportError {
  const dir = tempContentDir();
  importInto(dir, [SEED.s004]);
  const before = snapshot(dir);
  let caught: unknown = null;
  try {
    importInto(dir, files, options);
  } catch (error) {
    caught = error;
  }
  expect(caught, 'the import must be refused').toBeInstanceOf(ImportError);
  expect(snapshot(dir)).toEqual(before);
  return caught as ImportError;
}

describe('two documents of one run never share a file', () => {
  test('a 文号 changed into another document’s 文号 is refused, naming the 文号 and both documents’ lines', () => {
    const text = seedText(SEED.s003).replace('沙府发〔2022〕21号', '沙府发〔2022〕8号');
    const error = refused([writeExport(SEED.s003, text)]);
    expect(error).toBeInstanceOf(ImportRefused);
    expect(error.message).toContain('文号“沙府发〔2022〕8号”出现了两次');
    const lines = (error as ImportRefused).problems.flatMap((p) =>
      [...p.message.matchAll(/第 (\d+) 行起/g)].map((m) => Number(m[1])),
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBeLessThan(lineOf(seedText(SEED.s003), /^沙府发〔2022〕8号/));
    expect(lines[1]).toBeGreaterThan(lineOf(seedText(SEED.s003), /^沙府发〔2022〕8号/));
  });

  test('two exports holding the same documents in one run are refused', () => {
    const copy = writeExport(SEED.s003, readFileSync(SEED.s003), 'another-name.txt');
    const error = refused([SEED.s003, copy]) as ImportRefused;
    expect(error.problems.length).toBe(6);
    expect(error.message).toContain('another-name.txt');
    expect(error.message).toContain('003_b97a6528d5f06b44.txt');
  });

  test.each([
    ['000 (a gazette issue)', SEED.s000],
    ['004 (a single report)', SEED.s004],
  ])('seed %s concatenated thirty times is refused, not collapsed onto a few files', (_name, seed) => {
    const text = Array(30).fill(seedText(seed)).join('\n');
    const error = refused([writeExport(seed, text)]);
    expect(error.message).toMatch(/长段落或表格（占 9\d%）在文件中重复出现/);
  });
});

describe('an export that ends inside a document is refused', () => {
  test.each([
    ['000', SEED.s000],
    ['002', SEED.s002],
    ['003', SEED.s003],
    ['004', SEED.s004],
  ])('seed %s cut at half its characters is refused as incomplete, naming where the text stops', (_name, seed) => {
    const error = refused([writeExport(seed, cutAt(seedText(seed), 0.5))]) as ImportRefused;
    expect(error).toBeInstanceOf(ImportRefused);
    expect(error.message).not.toContain('导入程序的缺陷');
    expect(error.problems.every((p) => p.message.startsWith('导出文件不完整') && p.line !== null)).toBe(true);
    expect(error.message).toContain('--accept-incomplete');
  });

  test('a last paragraph cut mid-sentence is named with its last words and line', () => {
    const text = seedText(SEED.s003);
    const cut = cutAt(text, 0.5);
    const error = refused([writeExport(SEED.s003, cut)]) as ImportRefused;
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0].message).toContain('“沙府发〔2022〕21号”最后一段在“…');
    expect(error.problems[0].line).toBe(cut.split('\n').length);
  });

  test('a notice without its signature and date is refused', () => {
    const text = cutBeforeLine(
      seedText(SEED.s003),
      /^重庆市沙坪坝区人民政府办公室$/,
      lineOf(seedText(SEED.s003), /^沙府办发〔2022〕10号/),
    );
    const error = refused([writeExport(SEED.s003, text)]) as ImportRefused;
    expect(error.message).toContain('“沙府办发〔2022〕10号”缺少落款和成文日期');
  });

  test('a work report without its closing call is refused', () => {
    const text = cutBeforeLine(seedText(SEED.s003), /^各位代表！/);
    const error = refused([writeExport(SEED.s003, text)]) as ImportRefused;
    expect(error.message).toContain('政府工作报告没有结束语');
  });

  test('a numbered table cut at a row boundary is refused by the count its caption announces', () => {
    const text = cutBeforeLine(seedText(SEED.s004), /^\t119$/);
    const error = refused([writeExport(SEED.s004, text)]) as ImportRefused;
    expect(error.message).toContain('列出 122 项，表格只有 118 行');
  });

  // Cuts the bench (npm run bench:damaged) found published without a word: the last words looked
  // like a unit name (…住院, …林业部门), a figure (11.实施生活, 20) or a finished cell (1-9月，).
  test.each([
    [
      'a flattened table cut inside a list item ending in 院',
      SEED.s002,
      '1.发放精神残疾服药和住院',
      1,
      '最后的表单或原样文字在“…1.发放精神残疾服药和住院”处中断',
    ],
    [
      'a flattened table cut after a list item’s number and first words',
      SEED.s002,
      '11.实施生活',
      2900,
      '最后的表单或原样文字在“…11.实施生活”处中断',
    ],
    [
      'a form cut inside a clause ending in 部门',
      SEED.s002,
      '的意见；林业部门',
      4534,
      '最后的表单或原样文字在“…部门关于环境影响评价要求的意见；林业部门”处中断',
    ],
    ['a table cell cut after a comma', SEED.s004, '1-9月，', 54, '表格最后一行在“…1-9月，”处中断'],
    ['a deadline cell cut to a bare number', SEED.s003, '\t20', 1923, '表格最后一行在“…20”处中断'],
  ])('%s is refused', (_name, seed, fragment, fromLine, expected) => {
    const text = cutAfterText(seedText(seed), fragment, fromLine);
    const error = refused([writeExport(seed, text)]) as ImportRefused;
    expect(error).toBeInstanceOf(ImportRefused);
    expect(error.problems.map((p) => p.message).join('\n')).toContain(expected);
  });

  test('a numbered list that stops after its first item is refused', () => {
    // Cut after item 1 and its paragraph of duties: each sentence is whole, the list is not.
    const text = cutAfterText(seedText(SEED.s003), '督办重要工作。', 1457);
    const error = refused([writeExport(SEED.s003, text)]) as ImportRefused;
    expect(error).toBeInstanceOf(ImportRefused);
    expect(error.problems.map((p) => p.message).join('\n')).toContain('编号列表在第 1 项“1.综合协调组');
  });

  test('a heading with nothing under it ends no document', () => {
    const text = cutAfterLine(seedText(SEED.s003), /三、保障措施/);
    const error = refused([writeExport(SEED.s003, text)]) as ImportRefused;
    expect(error.message).toContain('之后就结束了');
  });

  test('contents entries whose documents are missing from the body are refused', () => {
    const source = seedText(SEED.s000);
    const text = cutBeforeLine(source, /^【区政府文件】/, lineOf(source, /^【区政府文件】/) + 1);
    const error = refused([writeExport(SEED.s000, text)]) as ImportRefused;
    const contents = error.problems.filter((p) => p.message.includes('在正文中没有对应的文件'));
    expect(contents.map((p) => p.message.match(/目录第 (\d) 条/)?.[1])).toEqual(['3', '4', '5', '6']);
  });

  test('--accept-incomplete publishes it marked incomplete, with a note, and the checker accepts it', () => {
    const dir = tempContentDir();
    importInto(dir, [writeExport(SEED.s003, cutAt(seedText(SEED.s003), 0.5))], { acceptIncomplete: true });
    const entry = readEntry(dir, 'notices/sfzf-2022-021');
    expect(entry.data.incomplete).toEqual([
      { line: expect.any(Number), missing: expect.stringContaining('最后一段在“…') },
    ]);
    expect(entry.data.importNotes.some((n: any) => n.kind === 'incomplete')).toBe(true);
    expect(readEntry(dir, 'notices/sfzf-2022-008').data.incomplete).toBeUndefined();
    expect(checkContent(dir, process.cwd()).errors).toEqual([]);
  });

  test('--accept-incomplete on a cut gazette marks its missing contents entries absent', () => {
    const dir = tempContentDir();
    importInto(dir, [writeExport(SEED.s000, cutAt(seedText(SEED.s000), 0.5))], { acceptIncomplete: true });
    const gazette = readEntry(dir, 'gazettes/2025-01');
    expect(gazette.data.contents.filter((c: any) => c.absent).length).toBe(gazette.data.incomplete.length);
    expect(checkContent(dir, process.cwd()).errors).toEqual([]);
  });
});

describe('exports that are not what they seem', () => {
  test.each([
    ['002', SEED.s002],
    ['003', SEED.s003],
  ])('seed %s with every line doubled is refused as a bad export', (_name, seed) => {
    const error = refused([writeExport(seed, doubleEveryLine(seedText(seed)))]);
    expect(error.message).toMatch(/与上一个非空行完全相同.*每一行都被重复导出/);
  });

  test('a report that prints no year asks for --year instead of taking the clock’s', () => {
    const text = seedText(SEED.s003)
      .replace(/——\s*2022\s*年[^\n]*/, '')
      .replace(/\n\d{4} 年 \d+ 月[^\n]*/g, '');
    const error = refused([writeExport(SEED.s003, text)]);
    expect(error.message).toContain('--year');
    expect(error.message).not.toContain(String(new Date().getFullYear()));
    const dir = tempContentDir();
    importInto(dir, [writeExport(SEED.s003, text)], { year: 2022 });
    const report = readEntry(dir, 'reports/work-report-2022');
    expect(report.data.year).toBe(2022);
    expect(report.data.importNotes.some((n: any) => n.note.includes('--year'))).toBe(true);
  });
});
