/**
 * npm run edition-figures
 *
 * The figures of the editions note: for pairs of exports of the 2022 work report
 * (seed 003 as printed, and re-styled as seed 000 prints its text, with N planted
 * word changes; src/bench/edition-pairs.ts), how many differences the wording
 * comparison finds against how many were planted, and how many paragraphs the
 * old comparison (paragraphs compared as written, position by position) named.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  gazette2025,
  onlineReport2025,
  originalReport,
  PLANTED,
  PLANTED_2025,
  PLANTED_MORE,
  restyledReport,
} from '../src/bench/edition-pairs.ts';
import { compareWording, describeChange } from '../src/lib/editions/compare.ts';
import { runImport } from '../src/importer/run.ts';
import { splitMdx } from '../src/importer/write/frontmatter.ts';

const tmp = mkdtempSync(join(tmpdir(), 'spb-edition-figures-'));

function importedBody(name: string, text: string, report = 'work-report-2022'): string {
  const file = join(tmp, name);
  writeFileSync(file, text);
  const dir = join(tmp, `${name}.content`);
  runImport({ files: [file], contentDir: dir });
  return splitMdx(readFileSync(join(dir, `reports/${report}.mdx`), 'utf8'))!.body;
}

/** The comparison before editions/: paragraphs as written, position by position. */
function oldComparison(a: string, b: string): number {
  const pa = a.trim().split(/\n{2,}/);
  const pb = b.trim().split(/\n{2,}/);
  let named = 0;
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if (pa[i] !== pb[i]) named++;
  return named;
}

const original = importedBody('original.txt', originalReport());
const gazette = importedBody('000.txt', gazette2025(), 'work-report-2025');
const pairs = [
  { name: '同一措辞，每 4 个长段分页断开一次', planted: [], splitEvery: 4 },
  { name: '3 处改动，每 4 个长段分页断开一次', planted: PLANTED, splitEvery: 4 },
  { name: '6 处改动，每 2 个长段分页断开一次', planted: [...PLANTED, ...PLANTED_MORE], splitEvery: 2 },
  { name: '6 处改动，不分页', planted: [...PLANTED, ...PLANTED_MORE], splitEvery: 1_000_000 },
];
const reverse = [
  { name: '2025 报告：公报版 vs 去掉空格的网上版，同一措辞', planted: [] },
  { name: '2025 报告：公报版 vs 去掉空格的网上版，3 处改动', planted: PLANTED_2025 },
];
console.log('pair | planted changes | changes found (paragraphs named) | old comparison named');
pairs.forEach((pair, i) => {
  const body = importedBody(`pair-${i}.txt`, restyledReport(pair.planted, pair.splitEvery));
  const changes = compareWording(original, body);
  // A replacement (words added and removed at one place) is one change.
  const found = changes.reduce((n, c) => n + Math.max(c.inserted.length, c.deleted.length), 0);
  console.log(
    `${pair.name} | ${pair.planted.length} | ${found} (${changes.length}) | ${oldComparison(original, body)}`,
  );
  for (const c of changes) console.log(`    ${describeChange(c)}`);
});
reverse.forEach((pair, i) => {
  const body = importedBody(`reverse-${i}.txt`, onlineReport2025(pair.planted), 'work-report-2025');
  const changes = compareWording(gazette, body);
  const found = changes.reduce((n, c) => n + Math.max(c.inserted.length, c.deleted.length), 0);
  console.log(`${pair.name} | ${pair.planted.length} | ${found} (${changes.length}) | ${oldComparison(gazette, body)}`);
  for (const c of changes) console.log(`    ${describeChange(c)}`);
});
rmSync(tmp, { recursive: true, force: true });
