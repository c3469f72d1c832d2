/**
 * What readers see of the differences between two editions: each changed
 * paragraph of the canonical text with its words marked as kept, added
 * (ins) or removed (del), and the anchor of that paragraph in the canonical
 * page (p-N for a paragraph, a heading's id), so that every change links to
 * its place. The comparison is the importer's (wording, not formatting:
 * src/lib/editions/compare.ts), so readers and the webmaster see the same changes.
 */
import { diffWords } from 'diff';
import { blocksOf, changedRuns, segmenter, type Block } from './compare.ts';
import { wordingOf } from './wording.ts';

export interface Segment {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

export interface ChangedParagraph {
  /** 1-based block of the canonical body. */
  block: number;
  /** Anchor of that block on the canonical page, when it has one (tables have none). */
  anchor: string | null;
  segments: Segment[];
}

/** Anchor of every block of an MDX body (index = block number - 1), given its headings' ids in order. */
export function blockAnchors(body: string, headingIds: string[]): (string | null)[] {
  let paragraphs = 0;
  let headings = 0;
  return body
    .trim()
    .split(/\n{2,}/)
    .map((block) => {
      if (/^#{1,6}\s/.test(block)) return headingIds[headings++] ?? null;
      if (/^(\||```|~~~|<)/.test(block)) return null;
      return `p-${++paragraphs}`;
    });
}

/** Splits one run's word diff over the canonical blocks it covers. */
function runSegments(removed: Block[], after: string, fallback: number): Map<number, Segment[]> {
  const out = new Map<number, Segment[]>();
  const push = (n: number, kind: Segment['kind'], text: string) => {
    const list = out.get(n) ?? [];
    const last = list.at(-1);
    if (last && last.kind === kind) last.text += text;
    else if (text) list.push({ kind, text });
    out.set(n, list);
  };
  const ends: number[] = [];
  let length = 0;
  for (const b of removed) ends.push((length += b.wording.length));
  const blockAt = (pos: number) => {
    const k = ends.findIndex((end) => pos < end);
    return removed.length ? removed[k === -1 ? removed.length - 1 : k] : null;
  };
  let pos = 0;
  const before = removed.map((b) => b.wording).join('');
  for (const part of diffWords(before, after, { intlSegmenter: segmenter })) {
    if (part.added) {
      push(blockAt(Math.max(0, pos - 1))?.n ?? fallback, 'ins', part.value);
      continue;
    }
    let text = part.value;
    while (text) {
      const block = blockAt(pos)!;
      const room = ends[removed.indexOf(block)] - pos;
      push(block.n, part.removed ? 'del' : 'same', text.slice(0, room));
      pos += Math.min(room, text.length);
      text = text.slice(room);
    }
  }
  return out;
}

/** The canonical body's paragraphs whose wording the other edition changes, with the changes marked. */
export function editionDifferences(canonical: string, other: string, headingIds: string[]): ChangedParagraph[] {
  const anchors = blockAnchors(canonical, headingIds);
  const changed = new Map<number, Segment[]>();
  for (const run of changedRuns(canonical, other))
    for (const [n, segments] of runSegments(run.removed, run.after, run.fallback))
      if (segments.some((s) => s.kind !== 'same')) changed.set(n, [...(changed.get(n) ?? []), ...segments]);
  const total = blocksOf(canonical).length;
  return [...changed.entries()]
    .sort(([a], [b]) => a - b)
    .map(([block, segments]) => ({ block, anchor: anchors[Math.min(block, total + 1) - 1] ?? null, segments }));
}

/** Two wordings of one short text (a glossary definition), words marked as kept, added or removed. */
export function wordingDiff(canonical: string, other: string): Segment[] {
  return diffWords(wordingOf(canonical), wordingOf(other), { intlSegmenter: segmenter }).map((part) => ({
    kind: part.added ? 'ins' : part.removed ? 'del' : 'same',
    text: part.value,
  }));
}

/** Where a change is, as readers count: 第 N 段 by the paragraph's p-N anchor, else 标题 or 表格/其他. */
export function placeOf(change: ChangedParagraph): string {
  const paragraph = /^p-(\d+)$/.exec(change.anchor ?? '');
  if (paragraph) return `第 ${paragraph[1]} 段`;
  return change.anchor ? '标题' : '表格或其他内容';
}
