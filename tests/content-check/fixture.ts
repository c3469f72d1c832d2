/**
 * Builds small content folders in temp directories for the checker tests, so
 * that no test depends on what is in the repository's content/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { checkContent, type CheckMessage } from '../../src/content-check/index.ts';

/** An MDX file with `frontmatter` (YAML lines) and a one-paragraph body. */
export function mdx(frontmatter: string, body = '正文第一段。'): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
}

/** A consistent site in miniature: every rule holds, every reference resolves. */
export function validFiles(): Record<string, string> {
  return {
    'gazettes/2025-01.mdx': mdx(`
name: 重庆市沙坪坝区人民政府公报
year: 2025
issue: 1
cumulative: 12
publishedDate: '2025-12-31'
contents:
  - title: 重庆市沙坪坝区人民政府工作报告
    page: 1
    report: work-report-2025
  - section: 【区政府文件】
    title: 关于印发《2025年全区安全生产、防灾减灾救灾和消防工作要点》的通知
    page: 36
    notice: sfzf-2025-008`),
    'reports/work-report-2025.mdx': mdx(
      `
title: 重庆市沙坪坝区人民政府工作报告
kind: 政府工作报告
year: 2025
deliveredDate: '2025-02-12'
gazette: 2025-01
gazettePage: 1
glossary:
  - fang-guan-fu
  - shi-xiang-xing-dong`,
      '今年经济社会发展主要预期目标是：地区生产总值增长6%左右。',
    ),
    'notices/sfzf-2025-008.mdx': mdx(`
title: 重庆市沙坪坝区人民政府关于印发《2025年全区安全生产、防灾减灾救灾和消防工作要点》的通知
wenhao: 沙府发〔2025〕8 号
wenhaoPrinted: 沙府发〔2025〕8 号
docType: 通知
signedDate: '2025-03-05'
publishedDate: '2025-12-31'
gazette: 2025-01
gazettePage: 36`),
    'notices/sfzf-2020-075.mdx': mdx(`
title: 重庆市沙坪坝区人民政府关于禁止猎捕野生动物的通告
wenhao: 沙府发〔2020〕75号
docType: 通告
signedDate: '2020-12-02'
publishedDate: '2020-12-02'
printedDate: '2020-12-02'
repeals:
  - wenhao: 沙府发〔2019〕18号
    document: sfzf-2019-018`),
    'notices/sfzf-2019-018.mdx': mdx(`
title: 重庆市沙坪坝区人民政府关于禁止猎捕野生动物的通告
wenhao: 沙府发〔2019〕18号
docType: 通告
validity: 已废止
repealedBy:
  - wenhao: 沙府发〔2020〕75号
    document: sfzf-2020-075`),
    'glossary/fang-guan-fu.mdx': mdx(`
term: “放管服”
variants: [放管服]
definitions:
  - report: work-report-2025
    year: 2025
    number: 1
    text: 简政放权、放管结合、优化服务的简称。
related: [shi-xiang-xing-dong]`),
    'glossary/shi-xiang-xing-dong.mdx': mdx(`
term: 十项行动
definitions:
  - report: work-report-2025
    year: 2025
    number: 2
    text: 推动成渝地区双城经济圈建设的十项行动。`),
    'indicators/gdp-growth.yaml': `
name: 地区生产总值增速
nameEn: GDP growth
unit: '%'
goodDirection: up
measure: growth
order: 1
labels: { 地区生产总值: gdp }
observations:
  - type: target
    text: 地区生产总值增长6%左右
    source:
      report: work-report-2025
      anchor: p-1
`.trimStart(),
    'indicators/population.json': JSON.stringify(
      {
        name: '常住人口',
        nameEn: 'Resident population',
        unit: '万人',
        measure: 'level',
        goodDirection: 'up',
        order: 2,
        labels: { 常住人口: 'population' },
        observations: [],
      },
      null,
      2,
    ),
  };
}

const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes `files` under <tmp>/content/ and returns the temp project root. */
export function writeProject(files: Record<string, string | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  created.push(root);
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    const file = join(root, 'content', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

/** The valid set with some files replaced (a null removes the file), checked. */
export function checkWith(changes: Record<string, string | null>) {
  return checkContent('content', writeProject({ ...validFiles(), ...changes }));
}

/** The valid set with `from` replaced by `to` in one file, checked. */
export function checkEdited(path: string, from: string, to: string) {
  const original = validFiles()[path];
  if (!original.includes(from)) throw new Error(`fixture ${path} has no “${from}”`);
  return checkWith({ [path]: original.replace(from, to) });
}

/** The one message about `file` and `field`; fails when there is none or several. */
export function messageFor(messages: CheckMessage[], file: string, field: string): CheckMessage {
  const found = messages.filter((m) => m.file === `content/${file}` && m.field === field);
  if (found.length !== 1) {
    throw new Error(
      `expected one message for ${file} ${field}, got:\n${messages.map((m) => JSON.stringify(m)).join('\n')}`,
    );
  }
  return found[0];
}
