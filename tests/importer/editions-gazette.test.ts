/**
 * The other way round: the 2025 work report put online first (seed 000's report alone, without
 * the spaces the PDF export puts beside digits), then the gazette issue imported with --edition.
 * The gazette's printed edition becomes canonical by default; formatting alone is no difference.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gazette2025, onlineReport2025, PLANTED_2025 } from '../../src/bench/edition-pairs.ts';
import { compareWording } from '../../src/lib/editions/compare.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { importInto, readEntry, snapshot, tempContentDir } from './helpers/seeds.ts';

const tmp = mkdtempSync(join(tmpdir(), 'spb-editions-2025-'));
const write = (name: string, text: string) => {
  writeFileSync(join(tmp, name), text);
  return join(tmp, name);
};
const GAZETTE = write('000.txt', gazette2025());
const REPORT = 'reports/work-report-2025';

describe.each([
  ['no wording change', [], 0],
  ['three planted changes', PLANTED_2025, 3],
] as const)('online first, then the gazette (%s)', (_name, planted, expected) => {
  const dir = tempContentDir();
  const online = write(`online-${expected}.txt`, onlineReport2025([...planted]));
  importInto(dir, [online]);
  const onlineBody = readEntry(dir, REPORT).body;
  const refused = importInto(dir, [GAZETTE]);
  importInto(dir, [GAZETTE], { edition: true });
  const after = snapshot(dir);

  test(`without --edition the conflict names ${expected} wording changes`, () => {
    const message = refused.plan.conflicts.find((c) => c.path === `${REPORT}.mdx`)!.message;
    expect(message.match(/正文第 \d+ 段/g)?.length ?? 0).toBe(expected);
  });

  test('the gazette edition becomes canonical; the online text moves to its edition file', () => {
    const doc = readEntry(dir, REPORT);
    expect(doc.data.gazette).toBe('2025-01');
    expect(doc.data.editions.map((e: { id: string; canonical: boolean }) => [e.id, e.canonical])).toEqual([
      ['online', false],
      ['gazette', true],
    ]);
    expect(doc.data.editions[1].publishedDate).toBe('2025-12-31');
    const edition = readEntry(dir, `editions/${REPORT}/online`);
    expect(edition.body).toBe(onlineBody);
    expect(edition.data.importNotes.length).toBeGreaterThan(0);
    expect(compareWording(doc.body, edition.body)).toHaveLength(expected);
  });

  test('re-importing either export changes nothing, and the check passes', () => {
    for (const file of [online, GAZETTE]) {
      const result = importInto(dir, [file]);
      expect(result.plan.conflicts).toEqual([]);
      expect(snapshot(dir)).toEqual(after);
    }
    expect(checkContent(dir).errors).toEqual([]);
  });
});
