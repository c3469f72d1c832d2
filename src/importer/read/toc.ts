/**
 * The printed table of contents. Its entries are cut into fragments anywhere
 * (even inside 通知) and end with a dot leader and a page number; stage 2 joins
 * the fragments and reads the pages, so the joiners leave the whole region alone.
 */
import { isContentsHeading, tocLeaderPage } from '../vocabulary/publication-lines.ts';
import { isBlank, type CleanLine } from './source-line.ts';

/** Non-blank lines without a leader after which the contents are over. */
const MAX_FRAGMENTS_WITHOUT_LEADER = 6;

/**
 * Source lines (1-based) from the `目录` heading to the last entry with a dot
 * leader; empty when the export prints no contents.
 */
export function findTocRegion(lines: CleanLine[]): Set<number> {
  const region = new Set<number>();
  const start = lines.findIndex((l) => isContentsHeading(l.text));
  if (start < 0) return region;
  let lastLeader = -1;
  let sinceLeader = 0;
  for (let i = start + 1; i < lines.length; i++) {
    if (isBlank(lines[i].text)) continue;
    if (tocLeaderPage(lines[i].text) !== null) {
      lastLeader = i;
      sinceLeader = 0;
    } else if (++sinceLeader > MAX_FRAGMENTS_WITHOUT_LEADER) break;
  }
  if (lastLeader < 0) return region;
  for (let i = start; i <= lastLeader; i++) region.add(lines[i].line);
  return region;
}

/** Splits a contents line into its text and printed page: `关于…的通知.....(79)` → { text, page: 79 }. */
export function splitTocLeader(text: string): { text: string; page: number } | null {
  const page = tocLeaderPage(text);
  if (page === null) return null;
  return { text: text.replace(/(?:\.{2,}|…+|·{2,})[\s\u3000]*[（(]?\d{1,4}[）)]?[\s\u3000]*$/, '').trim(), page };
}
