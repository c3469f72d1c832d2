import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import contentRules from '../../src/integrations/content-rules.ts';
import { validFiles, writeProject } from './fixture.ts';

/** Runs the integration's astro:config:setup hook on a project root, collecting what it logs. */
function runSetup(root: string, integration = contentRules()) {
  const logged: string[] = [];
  const logger = {
    info: (m: string) => logged.push(`info ${m}`),
    warn: (m: string) => logged.push(`warn ${m}`),
    error: (m: string) => logged.push(`error ${m}`),
  };
  const hook = integration.hooks['astro:config:setup'] as (options: unknown) => void;
  hook({ config: { root: pathToFileURL(`${root}/`) }, logger, command: 'build' });
  return { logged, logger };
}

describe('content-rules integration', () => {
  test('stops the build with the same file:line field: message lines', () => {
    const files = validFiles();
    files['notices/sfzf-2025-008.mdx'] = files['notices/sfzf-2025-008.mdx'].replace(
      'gazette: 2025-01',
      'gazette: 2025-02',
    );
    const root = writeProject(files);
    expect(() => runSetup(root)).toThrow(
      '内容检查未通过（1 个错误）：\ncontent/notices/sfzf-2025-008.mdx:8 gazette: 找不到 gazettes 中 id 为“2025-02”的条目',
    );
  });

  test('stops the build on a body the renderer would refuse, with an error Astro prints without a stack trace', () => {
    const files = validFiles();
    files['notices/sfzf-2025-008.mdx'] = files['notices/sfzf-2025-008.mdx'].replace(
      '正文第一段。',
      '正文第一段。\n\n<div>',
    );
    let thrown: unknown;
    try {
      runSetup(writeProject(files));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toContain(
      'content/notices/sfzf-2025-008.mdx:14 MDX 语法错误：<div> 没有结束标签 </div>',
    );
    // Astro's formatErrorMessage prints "Stack trace:" only when `stack` is set.
    expect((thrown as Error).stack).toBe('');
  });

  test('lets a valid project through and logs warnings without failing', () => {
    const files = validFiles();
    files['notices/sfzf-2019-018.mdx'] = files['notices/sfzf-2019-018.mdx'].replace(
      'validity: 已废止',
      'validity: 有效',
    );
    const { logged } = runSetup(writeProject(files));
    expect(logged).toEqual([
      'warn content/notices/sfzf-2019-018.mdx:5 validity: repealedBy 中列出了废止本文件的文件，但有效性仍为“有效”：是否应为“已废止”？',
      'info 没有错误，1 个警告。',
    ]);
  });

  test('checks again when a content file changes under astro dev, and logs the new error', () => {
    const root = writeProject(validFiles());
    const integration = contentRules();
    const { logged, logger } = runSetup(root, integration);
    const watcher = new EventEmitter();
    (integration.hooks['astro:server:setup'] as (options: unknown) => void)({ server: { watcher }, logger });
    const file = join(root, 'content/notices/sfzf-2020-075.mdx');
    writeFileSync(file, validFiles()['notices/sfzf-2020-075.mdx'].replace('docType: 通告', 'docType: 告示'));
    logged.length = 0;
    watcher.emit('change', file);
    expect(logged[0]).toMatch(/^error content\/notices\/sfzf-2020-075\.mdx:4 docType: 文种应为以下之一：/);
    expect(logged.at(-1)).toBe('info 发现 1 个错误、0 个警告：请按上面的提示修改后再检查。');
  });
});
