/**
 * What two editions of one text say differently, paragraph by paragraph.
 * Paragraphs are compared by wording (wording.ts), aligned with jsdiff's
 * array diff so that an inserted or removed paragraph does not shift the
 * rest, and a paragraph one style splits at a page break matches its whole
 * self in the other. Within a changed paragraph, a word diff (Chinese words
 * by Intl.Segmenter) names what was added and what was removed.
 */
import { diffArrays, diffWords } from 'diff';
import { wordingOf } from './wording.ts';

export interface WordingChange {
  /** 1-based number of the paragraph in the first (canonical) edition, as its p-N anchor counts blocks. */
  paragraph: number;
  /** Words the second edition adds. */
  inserted: string[];
  /** Words the second edition drops. */
  deleted: string[];
}

/** Chinese words for jsdiff's word diff. */
export const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export interface Block {
  /** 1-based position among all blocks of the body. */
  n: number;
  wording: string;
}

/** The body's blocks (split at blank lines) with their wording; blocks with no wording are left out. */
export function blocksOf(body: string): Block[] {
  return body
    .trim()
    .split(/\n{2,}/)
    .map((text, i) => ({ n: i + 1, wording: wordingOf(text) }))
    .filter((b) => b.wording !== '');
}

/**
 * The changes between a run of first-edition paragraphs and the second edition's text in
 * their place, each given to the first-edition paragraph where it falls.
 */
function runChanges(removed: Block[], after: string, fallback: number): WordingChange[] {
  const byParagraph = new Map<number, WordingChange>();
  const ends: number[] = [];
  let length = 0;
  for (const b of removed) ends.push((length += b.wording.length));
  const paragraphAt = (pos: number, inserting: boolean) => {
    if (!removed.length) return fallback;
    const k = ends.findIndex((end) => (inserting ? pos <= end : pos < end));
    return removed[k === -1 ? removed.length - 1 : k].n;
  };
  const add = (n: number, kind: 'inserted' | 'deleted', value: string) => {
    const change = byParagraph.get(n) ?? { paragraph: n, inserted: [], deleted: [] };
    byParagraph.set(n, change);
    change[kind].push(value);
  };
  let pos = 0;
  const before = removed.map((b) => b.wording).join('');
  for (const part of diffWords(before, after, { intlSegmenter: segmenter })) {
    const value = part.value.trim();
    if (part.added) {
      if (value) add(paragraphAt(pos, true), 'inserted', value);
    } else {
      if (part.removed && value) add(paragraphAt(pos, false), 'deleted', value);
      pos += part.value.length;
    }
  }
  return [...byParagraph.values()].sort((a, b) => a.paragraph - b.paragraph);
}

/** A stretch where the editions' wordings differ: first-edition blocks, and the second's wording in their place. */
export interface ChangedRun {
  removed: Block[];
  after: string;
  /** Block a pure insertion falls before (the one after the last common block). */
  fallback: number;
}

/** The runs of blocks whose wording differs, paragraphs aligned with jsdiff's array diff. */
export function changedRuns(firstBody: string, secondBody: string): ChangedRun[] {
  const first = blocksOf(firstBody);
  const second = blocksOf(secondBody);
  const parts = diffArrays(first, second, { comparator: (a, b) => a.wording === b.wording });
  const runs: ChangedRun[] = [];
  let removed: Block[] = [];
  let added: Block[] = [];
  let lastFirst = 0;
  const flush = () => {
    const before = removed.map((b) => b.wording).join('');
    const after = added.map((b) => b.wording).join('');
    if (before !== after) runs.push({ removed, after, fallback: lastFirst + 1 });
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.added) {
      added.push(...part.value);
      continue;
    }
    if (part.removed) removed.push(...part.value);
    else flush();
    lastFirst = part.value.at(-1)?.n ?? lastFirst;
  }
  flush();
  return runs;
}

export function compareWording(firstBody: string, secondBody: string): WordingChange[] {
  return changedRuns(firstBody, secondBody).flatMap((r) => runChanges(r.removed, r.after, r.fallback));
}

/** `第 N 段：增加“…”，删去“…”` for the import summary and conflict messages. */
export function describeChange(change: WordingChange): string {
  const quote = (words: string[]) => words.map((w) => `“${w.length > 30 ? `${w.slice(0, 30)}…` : w}”`).join('、');
  const said = [
    change.inserted.length ? `增加${quote(change.inserted)}` : '',
    change.deleted.length ? `删去${quote(change.deleted)}` : '',
  ];
  return `第 ${change.paragraph} 段：${said.filter(Boolean).join('，')}`;
}

/** What changed between two wordings of one short text (a glossary definition): `增加“…”，删去“…”`, or '' when none. */
export function describeTextChange(before: string, after: string): string {
  return compareWording(before.replace(/\n{2,}/g, '\n'), after.replace(/\n{2,}/g, '\n'))
    .map((c) => describeChange(c).replace(/^第 \d+ 段：/, ''))
    .join('；');
}
