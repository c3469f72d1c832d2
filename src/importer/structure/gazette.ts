/**
 * The gazette issue around the documents: cover (name, year, issue, 总第N期,
 * publisher, publication date), printed contents with dot leaders and page
 * numbers, colophon (`label : value`). Exports without a cover may still name
 * the issue in their running header (kept by stage 1 in the source lines).
 */
import type { ReadResult, RepairNote, SourceBlock } from '../types.ts';
import type { ContentsEntryDraft, GazetteDraft } from './model.ts';
import { matchLabel } from '../vocabulary/document-lines.ts';
import { compact, parseChineseDate } from '../vocabulary/text.ts';
import { stripBold, tidyTitle } from './title-block.ts';

const ISSUE = /^((?:19|20)\d{2})\s*年\s*第\s*(\d{1,2})\s*期$/;
const HEADER = /^[\s\u3000]*(\S+公报)[\s\u3000]*((?:19|20)\d{2})\s*年\s*第\s*(\d{1,2})\s*期[\s\u3000]*$/;
const TOC_END = /\.{2,}\s*[（(]\s*(\d+)\s*[）)]\s*$/;
const COLOPHON = /^[\s\u3000]*([^:：]{2,12}?)[\s\u3000]+[:：][\s\u3000]+(.+)$/;

export interface GazetteFound {
  gazette: GazetteDraft;
  /** Blocks that belong to the gazette, not to any document. */
  excluded: Set<number>;
}

const text = (b: SourceBlock | undefined) => (b?.kind === 'text' ? stripBold(b.text).trim() : '');

export function findGazette(read: ReadResult): GazetteFound | null {
  const { blocks } = read;
  const excluded = new Set<number>();
  const notes: RepairNote[] = [];
  const tocAt = blocks.findIndex((b, i) => i < 40 && compact(text(b)) === '目录');
  const coverEnd = tocAt >= 0 ? tocAt : 0;
  let name: string | null = null;
  let year: number | null = null;
  let issue: number | null = null;
  let cumulative: number | null = null;
  let publishedDate: string | null = null;
  let publisher: string | null = null;
  for (let i = 0; i < coverEnd; i++) {
    const t = text(blocks[i]);
    excluded.add(i);
    const issueMatch = ISSUE.exec(t);
    if (issueMatch) [year, issue] = [Number(issueMatch[1]), Number(issueMatch[2])];
    else if (/^\S+公报$/.test(t)) name = t;
    else if (/总第\s*(\d+)\s*期/.test(t)) cumulative = Number(/总第\s*(\d+)\s*期/.exec(t)![1]);
    else if (/出版$/.test(t)) publishedDate = parseChineseDate(t);
    else if (/^\S+(办公室|人民政府|办公厅)$/.test(t)) publisher = t;
  }
  const contents = tocAt >= 0 ? readContents(blocks, tocAt, excluded) : [];
  const colophon = readColophon(blocks, excluded, notes);
  const header = runningHeader(read.sourceLines);
  if (!name && header) [name, year, issue] = [header.name, header.year, header.issue];
  if (!name || year === null || issue === null) return null;
  const pages = blocks.map((b) => b.page).filter((p): p is number => typeof p === 'number');
  const lines: [number, number] =
    tocAt >= 0 ? [blocks[0].lines[0], blocks[Math.max(...excluded)].lines[1]] : [1, read.sourceLines.length];
  return {
    excluded,
    gazette: {
      name,
      year,
      issue,
      cumulative,
      publishedDate,
      notBefore: null,
      publisher,
      pages: pages.length ? [Math.min(...pages), Math.max(...pages)] : null,
      contents,
      contentsPrinted: tocAt >= 0,
      colophon,
      lines,
      notes,
    },
  };
}

/** Contents entries: fragments joined until one ends with dot leaders and `(page)`. */
function readContents(blocks: SourceBlock[], tocAt: number, excluded: Set<number>): ContentsEntryDraft[] {
  const entries: ContentsEntryDraft[] = [];
  let lastEnd = -1;
  for (let i = tocAt + 1; i < blocks.length && i < tocAt + 80; i++) if (TOC_END.test(text(blocks[i]))) lastEnd = i;
  let section: string | null = null;
  let fragments: string[] = [];
  for (let i = tocAt; i <= lastEnd; i++) {
    excluded.add(i);
    if (i === tocAt) continue;
    const t = text(blocks[i]);
    const label = matchLabel(t);
    if (label) {
      section = label;
      continue;
    }
    const end = TOC_END.exec(t);
    fragments.push(end ? t.replace(TOC_END, '') : t);
    if (end) {
      entries.push({ section, title: tidyTitle(fragments.join('')), page: Number(end[1]), documentIndex: null });
      fragments = [];
    }
  }
  return entries;
}

/** Trailing `label : value` lines after the last document; letter-spaced labels are compacted. */
function readColophon(blocks: SourceBlock[], excluded: Set<number>, notes: RepairNote[]): Record<string, string> {
  const found: [string, string][] = [];
  let i = blocks.length - 1;
  const start = i;
  for (; i >= 0; i--) {
    const m = COLOPHON.exec(text(blocks[i]));
    if (!m || blocks[i].kind !== 'text') break;
    found.unshift([compact(m[1]), m[2].trim()]);
  }
  if (found.length < 3) return {};
  for (let k = i + 1; k <= start; k++) excluded.add(k);
  const colophon: Record<string, string> = {};
  for (const [label, value] of found) {
    const link = /^<(https?:\/\/[^>]+)>$/.exec(value);
    if (link) notes.push({ line: null, kind: 'debris', note: `版权页“${label}”去掉自动链接尖括号：${value}` });
    colophon[label] = link ? link[1] : value;
  }
  return colophon;
}

function runningHeader(lines: string[]): { name: string; year: number; issue: number } | null {
  for (const line of lines) {
    const m = HEADER.exec(line);
    if (m) return { name: m[1], year: Number(m[2]), issue: Number(m[3]) };
  }
  return null;
}
