/**
 * Test helpers: import real seed exports into a temporary content folder and
 * read the entries back (frontmatter parsed, body as written).
 */
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { seedPath } from '../../../src/bench/seeds.ts';
import { runImport, type ImportOptions, type ImportResult } from '../../../src/importer/run.ts';

export { SEEDS_DIR } from '../../../src/bench/seeds.ts';

export const SEED = { s000: seedPath('000'), s002: seedPath('002'), s003: seedPath('003'), s004: seedPath('004') };

export function tempContentDir(): string {
  return mkdtempSync(join(tmpdir(), 'spb-import-'));
}

export function importInto(
  dir: string,
  files: string[],
  extra: Omit<ImportOptions, 'files' | 'contentDir'> = {},
): ImportResult {
  return runImport({ files, contentDir: dir, ...extra });
}

export interface Entry {
  data: Record<string, any>;
  body: string;
  text: string;
}

export function readEntry(dir: string, path: string): Entry {
  const text = readFileSync(join(dir, `${path}.mdx`), 'utf8');
  const m = /^---\n([\s\S]*?)---\n\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`no frontmatter in ${path}`);
  return { data: parse(m[1]), body: m[2], text };
}

export function listEntries(dir: string, collection: string): string[] {
  const d = join(dir, collection);
  return existsSync(d)
    ? readdirSync(d)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => `${collection}/${f.replace(/\.mdx$/, '')}`)
        .sort()
    : [];
}

/** Every file under a folder with its bytes, for before/after comparisons. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${name.name}` : name.name;
      if (name.isDirectory()) walk(join(d, name.name), rel);
      else out.set(rel, readFileSync(join(d, name.name), 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out;
}

/** Headings of a body with their levels: [[3, '一、总体要求'], …], escapes removed. */
export function headings(body: string): [number, string][] {
  return [...body.matchAll(/^(#{2,6}) (.+)$/gm)].map((m) => [m[1].length, m[2].replace(/\\(.)/g, '$1')]);
}

/** GFM tables of a body, each as rows of cells (header first), escapes removed. */
export function tables(body: string): string[][][] {
  const blocks = body.split(/\n{2,}/).filter((b) => b.startsWith('| '));
  return blocks.map((b) =>
    b
      .split('\n')
      .filter((l, i) => i !== 1 && l.trim() !== '')
      .map((line) =>
        line
          .slice(2, -2)
          .split(/ (?<!\\)\| /)
          .map((c) => c.replace(/\\(.)/g, '$1').trim()),
      ),
  );
}

/** Body paragraphs (blocks that are not headings, tables or fences), bold marks and escapes removed. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .filter((b) => b && !/^(#|\||```|<)/.test(b))
    .map((b) => b.replace(/\*\*/g, '').replace(/\\(.)/g, '$1').trim());
}

/** Run-in heads of a body: the bold lead text of paragraphs. */
export function runInHeads(body: string): string[] {
  return [...body.matchAll(/^\*\*(.+?)\*\*/gm)].map((m) => m[1].replace(/\\(.)/g, '$1'));
}
