/** Every internal link and #anchor of the built site resolves; external links go to a report file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks, formatExternalLinksReport, formatProblems } from '../../src/link-check/index.ts';
import { SITE_URL } from '../../src/site.config.ts';
import { DIST, ROOT } from '../site/helpers.ts';
import { builtHtmlPages } from './built-pages.ts';

/** Where the external-link list is written for review (test-results/ is not committed). */
const EXTERNAL_LINKS_REPORT = join(ROOT, 'test-results', 'external-links.md');

describe('links in the built site', () => {
  const report = checkLinks(DIST, SITE_URL);

  test('every built HTML page was read', () => {
    expect(report.pagesChecked).toBe(builtHtmlPages().length);
    expect(report.pagesChecked).toBeGreaterThan(0);
  });

  test('every internal link, #anchor and sitemap or feed URL resolves, and none runs code', () => {
    expect(formatProblems(report.problems)).toBe('');
  });

  test('external links are listed in test-results/external-links.md', () => {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(EXTERNAL_LINKS_REPORT, formatExternalLinksReport(report));
    for (const link of report.external) expect(link.pages.length).toBeGreaterThan(0);
  });
});
