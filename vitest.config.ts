import { defineConfig } from 'vitest/config';

/**
 * Tests by kind, the kind in the file name:
 * - unit (`*.test.ts`): pure logic and small file-system fixtures; no build, no child processes;
 * - cli (`*.cli.test.ts`): the project's commands run in child processes (import, crash and lock tests);
 * - dist (`*.dist.test.ts`): over the built site in dist/, or a site these tests build themselves;
 * - browser (`*.browser.test.ts`): Debian's Chromium against nginx serving dist/.
 * `npm test` runs them all; `npm run test:unit` (and test:cli, test:dist, test:browser) one kind.
 */
const KINDS = ['cli', 'dist', 'browser'] as const;

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // expect.poll waits for what a page does after an event (a filter loading its rules on the first
    // keystroke); on a loaded 2-core machine that took over the 1 s default (CI, the glossary filter).
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: KINDS.map((k) => `tests/**/*.${k}.test.ts`) },
      },
      ...KINDS.map((kind) => ({ extends: true, test: { name: kind, include: [`tests/**/*.${kind}.test.ts`] } })),
    ],
  },
});
