/**
 * Damaged exports made from the seeds at test time: cut, doubled, repeated,
 * edited. Each writes a file into a fresh temporary folder and returns its path.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function seedText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Writes text as an export named like the seed (or `name`), in a folder of its own. */
export function writeExport(seedPath: string, text: string | Uint8Array, name = basename(seedPath)): string {
  const path = join(mkdtempSync(join(tmpdir(), 'spb-damaged-')), name);
  writeFileSync(path, text);
  return path;
}

/** The first `share` of the text's characters (a cut on a character boundary). */
export function cutAt(text: string, share: number): string {
  const chars = [...text];
  return chars.slice(0, Math.floor(chars.length * share)).join('');
}

/** The text up to and including the first line matching `pattern` (searched from `fromLine`, 1-based). */
export function cutAfterLine(text: string, pattern: RegExp, fromLine = 1): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l, i) => i + 1 >= fromLine && pattern.test(l));
  if (at < 0) throw new Error(`no line matches ${pattern}`);
  return lines.slice(0, at + 1).join('\n') + '\n';
}

/** The text before the first line matching `pattern` (searched from `fromLine`). */
export function cutBeforeLine(text: string, pattern: RegExp, fromLine = 1): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l, i) => i + 1 >= fromLine && pattern.test(l));
  if (at < 0) throw new Error(`no line matches ${pattern}`);
  return lines.slice(0, at).join('\n') + '\n';
}

/** The text up to the end of the first `fragment` at or after the start of line `fromLine` (a cut inside a line). */
export function cutAfterText(text: string, fragment: string, fromLine = 1): string {
  const start = text.split('\n').slice(0, fromLine - 1).join('\n').length;
  const at = text.indexOf(fragment, start);
  if (at < 0) throw new Error(`no “${fragment}” from line ${fromLine}`);
  return text.slice(0, at + fragment.length);
}

/** 1-based number of the first line matching `pattern`. */
export function lineOf(text: string, pattern: RegExp): number {
  const at = text.split('\n').findIndex((l) => pattern.test(l));
  if (at < 0) throw new Error(`no line matches ${pattern}`);
  return at + 1;
}

export const doubleEveryLine = (text: string): string => text.split('\n').flatMap((l) => [l, l]).join('\n');
