/**
 * Splits an export's blocks into documents (NOTES rules B1–B5):
 * - a work report starts at a `…工作报告` title followed by a `——YYYY年…会议上` subtitle;
 * - a numbered document starts at its title block, found next to a whole-line 文号;
 * - an export that opens with a titled document without 文号 (a 报告 to 区政府) starts there;
 * - a `【…】` label right above a start belongs to the new document and stays in force;
 * - a document ends where the next one starts, never at its 印发 line.
 */
import type { SourceBlock } from '../types.ts';
import { titleKind } from '../vocabulary/doc-types.ts';
import { matchLabel, matchWenhaoLine } from '../vocabulary/document-lines.ts';
import { isWorkReportTitle, matchReportSubtitle } from '../vocabulary/publication-lines.ts';
import { joinTitle, stripBold, titleAbove, titleBelow, isTitleLike } from './title-block.ts';

export interface Segment {
  kind: 'report' | 'notice';
  /** Block index range [start, end). */
  start: number;
  end: number;
  section: string | null;
  /** Block index of the 文号 line (notices with one). */
  wenhaoAt: number | null;
  /** Block indices of the title lines. */
  titleAt: number[];
  title: string;
}

interface Start {
  at: number;
  kind: Segment['kind'];
  wenhaoAt: number | null;
  titleAt: number[];
  title: string;
}

/** @param excluded blocks that belong to the gazette (cover, contents, colophon). */
export function findSegments(blocks: SourceBlock[], excluded: Set<number>): Segment[] {
  const starts: Start[] = [];
  const text = (i: number) => (blocks[i]?.kind === 'text' ? stripBold(blocks[i].text) : '');
  for (let i = 0; i < blocks.length; i++) {
    if (excluded.has(i) || blocks[i].kind !== 'text') continue;
    if (isWorkReportTitle(text(i)) && [1, 2].some((d) => matchReportSubtitle(text(i + d)))) {
      starts.push({ at: i, kind: 'report', wenhaoAt: null, titleAt: [i], title: joinTitle([blocks[i]]) });
      continue;
    }
    if (!matchWenhaoLine(text(i))) continue;
    const prev = starts.at(-1);
    const floor = prev ? Math.max(prev.wenhaoAt ?? prev.at, ...prev.titleAt) + 1 : 0;
    const above = titleAbove(blocks, i, floor);
    if (above) {
      starts.push({ at: above.indices[0], kind: 'notice', wenhaoAt: i, titleAt: above.indices, title: above.title });
      continue;
    }
    const below = titleBelow(blocks, i, blocks.length);
    if (below) starts.push({ at: i, kind: 'notice', wenhaoAt: i, titleAt: below.indices, title: below.title });
  }
  const leading = leadingDocument(blocks, excluded, starts[0]?.at ?? blocks.length);
  if (leading) starts.unshift(leading);
  return toSegments(blocks, excluded, starts);
}

/** An export that opens with a titled document that has no 文号 (004: a 报告 to 区政府). */
function leadingDocument(blocks: SourceBlock[], excluded: Set<number>, firstStart: number): Start | null {
  let i = 0;
  while (i < firstStart && (excluded.has(i) || blocks[i].kind !== 'text' || matchLabel(blocks[i].text))) i++;
  if (i >= firstStart) return null;
  const indices: number[] = [];
  for (let j = i; j < firstStart && indices.length < 5 && isTitleLike(blocks[j]); j++) {
    indices.push(j);
    const title = joinTitle(indices.map((k) => blocks[k]));
    const kind = titleKind(title);
    if (kind)
      return { at: i, kind: kind === '报告' ? 'report' : 'notice', wenhaoAt: null, titleAt: [...indices], title };
  }
  return null;
}

function toSegments(blocks: SourceBlock[], excluded: Set<number>, starts: Start[]): Segment[] {
  const segments: Segment[] = [];
  let section: string | null = null;
  let labelScan = 0;
  starts.forEach((s, n) => {
    let start = s.at;
    while (
      start > 0 &&
      !excluded.has(start - 1) &&
      blocks[start - 1].kind === 'text' &&
      matchLabel(blocks[start - 1].text)
    )
      start--;
    for (; labelScan < s.at; labelScan++) {
      const label = blocks[labelScan].kind === 'text' ? matchLabel(blocks[labelScan].text) : null;
      if (label) section = label;
    }
    let end = n + 1 < starts.length ? starts[n + 1].at : blocks.length;
    while (end - 1 > start && blocks[end - 1].kind === 'text' && matchLabel(blocks[end - 1].text)) end--;
    for (let k = start; k < end; k++)
      if (excluded.has(k)) {
        end = k;
        break;
      }
    segments.push({ kind: s.kind, start, end, section, wenhaoAt: s.wenhaoAt, titleAt: s.titleAt, title: s.title });
  });
  return segments;
}
