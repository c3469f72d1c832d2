/** html-validate (recommended preset, .htmlvalidate.mjs) over every built page: zero errors. */
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { DIST, ROOT } from '../site/helpers.ts';
import { builtHtmlFiles } from './built-pages.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const formatText = formatterFactory('text');

describe('the validator configuration', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`;
  // A file name inside dist/ so the project's configuration is the one found.
  const where = join(DIST, 'config-probe.html');

  test('accepts ids that start with a digit or a Chinese character, as the HTML standard does', async () => {
    const report = await validator.validateString(
      page('<main><h2 id="2025-年工作回顾">x</h2><h2 id="附件">y</h2></main>'),
      where,
    );
    expect(formatText(report.results)).toBe('');
  });

  test('rejects duplicate ids, nameless buttons and images without alt text', async () => {
    const report = await validator.validateString(
      page('<main><p id="a">x</p><p id="a">y</p><button type="button"></button><img src="/x.png"></main>'),
      where,
    );
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('text-content');
    expect(rules).toContain('wcag/h37');
    expect(report.valid).toBe(false);
  });
});

describe('every built page is valid HTML', () => {
  const files = builtHtmlFiles();
  test('there are built pages to validate', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    test(`${relative(ROOT, file)} has no html-validate error`, async () => {
      const report = await validator.validateFile(file);
      expect(formatText(report.results)).toBe('');
      expect(report.valid).toBe(true);
    });
  }
});
