/**
 * npm run bench:damaged [-- --cuts 100]
 *
 * Feeds the importer damaged exports made from the seeds (every seed cut at
 * --cuts points, every line doubled, concatenated, a 文号 duplicated, two
 * exports of one issue) and reports, per kind: tried, refused with a clear
 * message (every problem named with its line, the importer not blaming
 * itself), refused otherwise, accepted whole, and accepted but different from
 * the intact import (a cut the importer could not see: text lost). Not a
 * test: figures.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareImport } from '../src/importer/run.ts';
import { ImportError, ImportRefused } from '../src/importer/types.ts';
import { SEEDS_DIR } from '../src/bench/seeds.ts';
import { cutAt, doubleEveryLine, seedText, writeExport } from '../src/bench/damage.ts';

const cutsArg = process.argv.indexOf('--cuts');
const CUTS = cutsArg > 0 ? Number(process.argv[cutsArg + 1]) : 100;
const empty = mkdtempSync(join(tmpdir(), 'spb-damaged-content-'));

type Outcome = 'refused' | 'refused, unclear' | 'accepted whole' | 'accepted, text lost' | 'program error';
const table = new Map<string, Record<Outcome, number>>();
const lost: string[] = [];

/** A refusal that names the line of every problem and does not call itself a defect of the importer. */
const clear = (error: ImportError): boolean =>
  error instanceof ImportRefused &&
  error.problems.every((p) => p.line !== null) &&
  !error.message.includes('导入程序的缺陷');

/** Every planned file's text of an import into an empty folder. */
function planned(files: string[]): Map<string, string> {
  const { plan } = prepareImport({ files, contentDir: empty, dryRun: true });
  return new Map(plan.changes.filter((c) => c.path !== '.import-manifest.json').map((c) => [c.path, c.text]));
}

function tally(kind: string, files: string[], intact: Map<string, string> | null, label: string): void {
  const row = table.get(kind) ?? {
    refused: 0,
    'refused, unclear': 0,
    'accepted whole': 0,
    'accepted, text lost': 0,
    'program error': 0,
  };
  table.set(kind, row);
  try {
    const result = planned(files);
    const different = [...result].filter(([path, text]) => intact?.get(path) !== text).map(([path]) => path);
    if (different.length) {
      row['accepted, text lost']++;
      lost.push(`${label}: ${different.join(' ')}`);
    } else row['accepted whole']++;
  } catch (error) {
    if (error instanceof ImportError && clear(error)) row.refused++;
    else if (error instanceof ImportError) {
      row['refused, unclear']++;
      lost.push(`${label}: refused without a clear message: ${error.message.split('\n').slice(0, 2).join(' ')}`);
    } else {
      row['program error']++;
      lost.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

for (const name of readdirSync(SEEDS_DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const seed = join(SEEDS_DIR, name);
  const intact = planned([seed]);
  const text = seedText(seed);
  for (let k = 1; k < CUTS; k++)
    tally('cut short', [writeExport(seed, cutAt(text, k / CUTS))], intact, `${name} cut at ${k}/${CUTS}`);
  tally('every line doubled', [writeExport(seed, doubleEveryLine(text))], null, `${name} doubled`);
  tally('concatenated 30 times', [writeExport(seed, Array(30).fill(text).join('\n'))], null, `${name} x30`);
  tally('same export twice in one run', [seed, writeExport(seed, text, `copy-${name}`)], null, `${name} twice`);
  const wenhao = [...text.matchAll(/^\s*(\S{2,6}〔\d{4}〕\s*\d+\s*号)\s*$/gm)].map((m) => m[1]);
  if (wenhao.length >= 2)
    tally(
      'one 文号 changed into another',
      [writeExport(seed, text.replace(wenhao[1], wenhao[0]))],
      null,
      `${name} 文号`,
    );
}

console.log('kind'.padEnd(32), 'tried', 'refused', 'unclear', 'whole', 'lost', 'errors');
const sum = { tried: 0, refused: 0, unclear: 0, whole: 0, lost: 0, errors: 0 };
for (const [kind, r] of table) {
  const tried = Object.values(r).reduce((a, b) => a + b, 0);
  console.log(
    kind.padEnd(32),
    String(tried).padStart(5),
    String(r.refused).padStart(7),
    String(r['refused, unclear']).padStart(7),
    String(r['accepted whole']).padStart(5),
    String(r['accepted, text lost']).padStart(4),
    String(r['program error']).padStart(6),
  );
  sum.tried += tried;
  sum.refused += r.refused;
  sum.unclear += r['refused, unclear'];
  sum.whole += r['accepted whole'];
  sum.lost += r['accepted, text lost'];
  sum.errors += r['program error'];
}
console.log(
  'all'.padEnd(32),
  String(sum.tried).padStart(5),
  String(sum.refused).padStart(7),
  String(sum.unclear).padStart(7),
  String(sum.whole).padStart(5),
  String(sum.lost).padStart(4),
  String(sum.errors).padStart(6),
);
if (lost.length) console.log(`\nunclear refusals, accepted with text lost, or program errors:\n  ${lost.join('\n  ')}`);
