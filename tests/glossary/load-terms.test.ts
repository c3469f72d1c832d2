/**
 * The glossary reader used by the body plugin and loader: reads content/glossary/
 * only, hands out the same array until a term file changes, and sees a change
 * (the clock is injected, so no test waits for RECHECK_MS to pass).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { cachedGlossaryTerms, readGlossaryTerms, RECHECK_MS } from '../../src/content-files/glossary-terms.ts';
import { mdx, validFiles, writeProject } from '../content-check/fixture.ts';

const TERM = 'glossary/fang-guan-fu.mdx';

/** A project with the fixture's two terms, a reader on a clock the test moves, and an editor. */
function setUp(changes: Record<string, string | null> = {}) {
  const root = writeProject({ ...validFiles(), ...changes });
  const clock = { now: 1_000_000 };
  const read = cachedGlossaryTerms(join(root, 'content'), () => clock.now);
  const write = (path: string, text: string) => writeFileSync(join(root, 'content', path), text);
  return { root, clock, read, write };
}

describe('glossary terms read from the content folder', () => {
  test('reads the glossary entries only: a broken file elsewhere does not matter', () => {
    const { root } = setUp({ 'notices/broken.mdx': '---\ntitle: [unclosed\n---\n' });
    const terms = readGlossaryTerms(join(root, 'content'));
    expect(terms.map((t) => [t.id, t.term])).toEqual([
      ['fang-guan-fu', '“放管服”'],
      ['shi-xiang-xing-dong', '十项行动'],
    ]);
    expect(terms[0].definitions[0]).toMatchObject({ reportId: 'work-report-2025', year: 2025, number: 1 });
  });

  test('hands out the same array while no term file changes', () => {
    const { clock, read } = setUp();
    const first = read();
    expect(read()).toBe(first);
    clock.now += RECHECK_MS * 3;
    expect(read()).toBe(first);
  });

  test('sees a new term file', () => {
    const { clock, read, write } = setUp();
    expect(read()).toHaveLength(2);
    write(
      'glossary/xin-ming-ci.mdx',
      mdx(
        'term: 新名词\ndefinitions:\n  - report: work-report-2025\n    year: 2025\n    number: 3\n    text: 新的释义。',
      ),
    );
    clock.now += RECHECK_MS;
    expect(read().map((t) => t.id)).toContain('xin-ming-ci');
  });

  test('sees a term file edited in place', () => {
    const { clock, read, write } = setUp();
    const first = read();
    write(TERM, validFiles()[TERM].replace('简政放权、放管结合、优化服务的简称。', '简政放权、放管结合、优化服务。'));
    clock.now += RECHECK_MS;
    const after = read();
    expect(after).not.toBe(first);
    expect(after[0].definitions[0].text).toBe('简政放权、放管结合、优化服务。');
  });

  test('under astro dev, sees an edit in place without waiting for the next full check', async () => {
    const { read, write } = setUp();
    const first = read();
    // The clock stands still: only the folder watcher can report this edit.
    write(TERM, validFiles()[TERM].replace('简政放权', '简政放权改革'));
    await vi.waitFor(() => expect(read()).not.toBe(first), { timeout: 10_000, interval: 20 });
    expect(read()[0].definitions[0].text).toContain('简政放权改革');
  });
});
