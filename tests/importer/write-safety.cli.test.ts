/** The import command's promises about the content folder: atomic, repeatable, no duplicates, no lost hand edits, dry runs write nothing. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commitFiles } from '../../src/importer/write/commit.ts';
import { SEED, importInto, readEntry, snapshot, tempContentDir } from './helpers/seeds.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { mdxToHast } from 'satteri';

const ROOT = new URL('../../', import.meta.url).pathname;

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/import.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('atomic writes', () => {
  test('a failure in the middle of an import leaves the content folder exactly as it was', () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s004]);
    const before = snapshot(dir);
    importInto(dir, [SEED.s003]);
    const after003 = snapshot(dir);
    expect(after003.size).toBeGreaterThan(before.size);

    const second = tempContentDir();
    importInto(second, [SEED.s004]);
    const untouched = snapshot(second);
    const files = [...after003.entries()]
      .filter(([p]) => !untouched.has(p) || untouched.get(p) !== after003.get(p))
      .map(([path, text]) => ({ path, text }));
    expect(files.length).toBeGreaterThan(5);
    expect(() =>
      commitFiles(second, files, {
        beforeMove: (_p, i) => {
          if (i === 4) throw new Error('磁盘已满（模拟）');
        },
      }),
    ).toThrow('磁盘已满');
    expect(snapshot(second)).toEqual(untouched);
    expect(readdirSync(second).filter((n) => n.startsWith('.import-staging'))).toEqual([]);
  });

  test('a failure while replacing files restores the replaced files', () => {
    const dir = tempContentDir();
    mkdirSync(join(dir, 'notices'), { recursive: true });
    writeFileSync(join(dir, 'notices/a.mdx'), 'old a');
    writeFileSync(join(dir, 'notices/b.mdx'), 'old b');
    const before = snapshot(dir);
    expect(() =>
      commitFiles(
        dir,
        [
          { path: 'notices/a.mdx', text: 'new a' },
          { path: 'notices/b.mdx', text: 'new b' },
          { path: 'glossary/c.mdx', text: 'c' },
        ],
        {
          beforeMove: (_p, i) => {
            if (i === 2) throw new Error('失败');
          },
        },
      ),
    ).toThrow();
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'glossary'))).toBe(false);
  });
});

describe('repeatable imports', () => {
  test('importing the same exports again changes no byte', () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s000, SEED.s002, SEED.s003, SEED.s004]);
    const first = snapshot(dir);
    const again = importInto(dir, [SEED.s000, SEED.s002, SEED.s003, SEED.s004]);
    expect(again.plan.conflicts).toEqual([]);
    expect(again.plan.changes.every((c) => c.action === 'unchanged')).toBe(true);
    expect(snapshot(dir)).toEqual(first);
  });

  test('every imported body compiles as MDX with no element but MissingFigure and <br /> in cells, and no expression but string literals', () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s000, SEED.s002, SEED.s003, SEED.s004]);
    const components = new Set<string>();
    const expressions: string[] = [];
    const walk = (node: any) => {
      if (/^mdxJsx/.test(node.type)) components.add(node.name);
      if (/^mdx(Text|Flow)Expression$/.test(node.type) && !/^"(?:[^"\\]|\\.)*"$/.test(node.value))
        expressions.push(node.value);
      for (const child of node.children ?? []) walk(child);
    };
    const entries = [...snapshot(dir).entries()].filter(([p]) => p.endsWith('.mdx'));
    expect(entries.length).toBeGreaterThan(100);
    for (const [, text] of entries) walk(mdxToHast(text.replace(/^---\n[\s\S]*?\n---\n/, '')));
    expect([...components].sort()).toEqual(['MissingFigure', 'br']);
    expect(expressions).toEqual([]);
  });

  test('the imported content passes the site’s content check (schemas and cross-entry rules)', () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s000, SEED.s002, SEED.s003, SEED.s004]);
    const result = checkContent(dir, '/');
    expect(result.errors).toEqual([]);
  });

  test('a term defined by several reports keeps each year’s definition in one entry, oldest first', () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s000, SEED.s003, SEED.s002]);
    const fgf = readEntry(dir, 'glossary/fang-guan-fu').data;
    expect(fgf.definitions.map((d: any) => [d.report, d.number])).toEqual([
      ['work-report-2021', 1],
      ['work-report-2022', 2],
    ]);
    const yichuang = readEntry(dir, 'glossary/yi-chuang-zong-ban').data;
    expect(yichuang.definitions.map((d: any) => d.year)).toEqual([2021, 2025]);
    expect(yichuang.definitions[0].text).not.toBe(yichuang.definitions[1].text);
    expect(readEntry(dir, 'reports/work-report-2021').data.glossary).toContain('fang-guan-fu');
    expect(readEntry(dir, 'reports/work-report-2022').data.glossary).toContain('fang-guan-fu');
  });
});

describe('duplicates and hand edits', () => {
  test('a document already on the site with different text is refused, naming the entry and the paragraphs that differ; --force replaces it', () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s003]);
    const path = join(dir, 'notices/sfzf-2022-008.mdx');
    const manifest = JSON.parse(readFileSync(join(dir, '.import-manifest.json'), 'utf8'));
    // Simulate an earlier import of the same document with other wording (the manifest agrees with the file).
    const earlier = readFileSync(path, 'utf8').replace('请认真贯彻执行。', '请认真贯彻落实。');
    writeFileSync(path, earlier);
    manifest.files['notices/sfzf-2022-008.mdx'].sha256 = createHash('sha256').update(earlier).digest('hex');
    writeFileSync(join(dir, '.import-manifest.json'), JSON.stringify(manifest));
    const before = snapshot(dir);
    const refused = importInto(dir, [SEED.s003]);
    expect(refused.written).toBe(false);
    expect(refused.plan.conflicts).toHaveLength(1);
    expect(refused.plan.conflicts[0].path).toBe('notices/sfzf-2022-008.mdx');
    expect(refused.plan.conflicts[0].message).toMatch(/站内已有同一文件.*正文第 2 段：增加“执行”，删去“落实”/);
    expect(snapshot(dir)).toEqual(before);
    const forced = importInto(dir, [SEED.s003], { force: true });
    expect(forced.written).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain('请认真贯彻执行。');
  });

  test('a file edited by hand since its import is never overwritten without --force', () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s004]);
    const path = join(dir, 'reports/supervision-report-2022.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('区政府：', '区政府（手工修改）：'));
    const before = snapshot(dir);
    const refused = importInto(dir, [SEED.s004]);
    expect(refused.plan.conflicts.map((c) => c.message)).toEqual([
      '该文件在导入后被手工修改过；站内已有同一文件“重庆市沙坪坝区人民政府督查办关于2022年区政府工作报告重点任务前三季度推进情况的报告”，内容不同：正文第 1 段：删去“（手工修改）”（如果这是同一文本的另一版本，加 --edition 作为另一版本保存）',
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a notice with the same 文号 under another file name is recognised as the same document', () => {
    const dir = tempContentDir();
    importInto(dir, [SEED.s003]);
    const text = readFileSync(join(dir, 'notices/sfbf-2022-010.mdx'), 'utf8');
    mkdirSync(join(dir, 'notices/archive'), { recursive: true });
    writeFileSync(join(dir, 'notices/archive/old-010.mdx'), text.replace('（此件公开发布）', '（此件公开发布） '));
    const result = importInto(dir, [SEED.s003]);
    expect(
      result.plan.conflicts.some(
        (c) => c.path === 'notices/archive/old-010.mdx' || c.path === 'notices/sfbf-2022-010.mdx',
      ),
    ).toBe(true);
    expect(result.written).toBe(false);
  });
});

describe('the command', () => {
  test('--dry-run prints the summary and writes nothing', () => {
    const dir = tempContentDir();
    const r = cli([SEED.s004, '--dry-run', '--content-dir', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('试运行（--dry-run），未写入任何文件。');
    expect(r.stdout).toContain('reports/supervision-report-2022');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('prints the gazette, each document, the glossary and every warning with its line', () => {
    const dir = tempContentDir();
    const r = cli([SEED.s000, '--content-dir', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('公报：重庆市沙坪坝区人民政府公报 2025年第1期（总第12期），2025-12-31 出版，目录 6 条');
    expect(r.stdout).toMatch(
      /notices\/sfzf-2025-008 {2}通知 {2}沙府发〔2025〕8号 {2}2025-03-05 {2}段落 \d+，标题 \d+，表格 4，附件 1/,
    );
    expect(r.stdout).toContain('名词解释（重庆市沙坪坝区人民政府工作报告 2025）：33 条');
    expect(r.stdout).toMatch(/第 753 行 \[sfzf-2025-025\]：附件2/);
  });

  test('refuses a binary, an empty file and a text with no document, naming the file, with exit code 1 and nothing written', () => {
    const dir = tempContentDir();
    const inputs = tempContentDir();
    const binary = join(inputs, 'scan.pdf');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x00, 0x13]));
    const empty = join(inputs, 'empty.txt');
    writeFileSync(empty, '');
    const prose = join(inputs, 'letter.txt');
    writeFileSync(prose, '各位同事：\n\n下周一上午九点在三楼会议室开会，请准时参加。\n');
    for (const file of [binary, empty, prose]) {
      const r = cli([file, '--content-dir', dir]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(file.split('/').pop()!);
      expect(r.stderr).toContain('未写入任何文件');
    }
    const missing = cli([join(inputs, 'nope.txt'), '--content-dir', dir]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('找不到文件');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('refuses unknown options with a usage line and exit code 2', () => {
    const r = cli(['--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('用法：npm run import');
  });

  test('reads a GB18030 export with CRLF line ends like its UTF-8 original', () => {
    const inputs = tempContentDir();
    const gbk = join(inputs, '004_gbk.txt');
    writeFileSync(gbk, iconv.encode(readFileSync(SEED.s004, 'utf8').replace(/\n/g, '\r\n'), 'gb18030'));
    const a = tempContentDir();
    const b = tempContentDir();
    importInto(a, [SEED.s004]);
    importInto(b, [gbk]);
    const strip = (t: string) => t.replace(/\n {2}file: .*\n/, '\n');
    expect(readEntry(b, 'reports/supervision-report-2022').body).toBe(
      readEntry(a, 'reports/supervision-report-2022').body,
    );
    expect(strip(readEntry(b, 'reports/supervision-report-2022').text).length).toBeGreaterThan(1000);
  });
});
