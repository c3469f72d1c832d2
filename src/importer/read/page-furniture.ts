/**
 * Page furniture: page-number lines (`- 11 -`, `— 4 —`) and the running header
 * printed above them (`重庆市沙坪坝区人民政府公报 2020 年第 2 期`). They are
 * found by pattern plus position (a header counts only next to a page number or
 * when it repeats; any other line that stands beside most page numbers is a
 * header too), removed, and the page numbers kept for page numbering.
 */
import type { RepairNote } from '../types.ts';

export interface PageFurniture {
  /** 0-based indexes of the lines to drop. */
  drop: Set<number>;
  /** Page-number lines in file order: 1-based line and the printed page. */
  footers: { line: number; page: number }[];
  notes: RepairNote[];
}

const PAGE_NUMBER =
  /^[\s\u3000]*(?:-[\s\u3000]*(\d{1,4})[\s\u3000]*-|[—–][\s\u3000]*(\d{1,4})[\s\u3000]*[—–]|第[\s\u3000]*(\d{1,4})[\s\u3000]*页)[\s\u3000]*$/;
const RUNNING_HEADER =
  /^[\s\u3000]*\S{2,30}(公报|简报|通讯)[\s\u3000]*\d{4}[\s\u3000]*年[\s\u3000]*第[\s\u3000]*\d{1,3}[\s\u3000]*期[\s\u3000]*$/;
/** How far (in lines) a running header may sit from its page number. */
const NEAR = 4;
/** Times an unrecognised line must stand beside page numbers to count as a running header. */
const MIN_REPEATS = 3;

/** The printed page of a page-number line, or null. */
export function pageNumberOf(text: string): number | null {
  const m = PAGE_NUMBER.exec(text);
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null;
}

/** Finds page numbers and running headers in the decoded lines. */
export function findPageFurniture(lines: string[]): PageFurniture {
  const drop = new Set<number>();
  const footers: PageFurniture['footers'] = [];
  const notes: RepairNote[] = [];

  lines.forEach((text, i) => {
    const page = pageNumberOf(text);
    if (page === null) return;
    drop.add(i);
    footers.push({ line: i + 1, page });
    notes.push({ line: i + 1, kind: 'debris', note: `删除页码“${text.trim()}”（第 ${page} 页）` });
  });

  const headerCount = new Map<string, number>();
  for (const text of lines) {
    if (RUNNING_HEADER.test(text)) headerCount.set(text.trim(), (headerCount.get(text.trim()) ?? 0) + 1);
  }
  // Any other short line printed next to most page numbers is a running header too.
  const besidePageNumbers = new Map<string, number>();
  for (const f of footers) {
    const seen = new Set<string>();
    for (let j = Math.max(0, f.line - 1 - NEAR); j <= Math.min(lines.length - 1, f.line - 1 + NEAR); j++) {
      const t = lines[j].trim();
      if (!t || t.length > 40 || drop.has(j) || seen.has(t)) continue;
      seen.add(t);
      besidePageNumbers.set(t, (besidePageNumbers.get(t) ?? 0) + 1);
    }
  }
  const repeatedHeaders = new Set(
    [...besidePageNumbers].filter(([, n]) => n >= MIN_REPEATS && n >= footers.length / 2).map(([t]) => t),
  );
  const nearPageNumber = (i: number) => {
    for (let j = Math.max(0, i - NEAR); j <= Math.min(lines.length - 1, i + NEAR); j++) {
      if (j !== i && drop.has(j) && pageNumberOf(lines[j]) !== null) return true;
    }
    return false;
  };
  lines.forEach((text, i) => {
    const repeated = repeatedHeaders.has(text.trim()) && nearPageNumber(i);
    if (!repeated && !RUNNING_HEADER.test(text)) return;
    if (!repeated && (headerCount.get(text.trim()) ?? 0) < 2 && !nearPageNumber(i)) return;
    drop.add(i);
    notes.push({ line: i + 1, kind: 'debris', note: `删除页眉“${text.trim()}”` });
  });

  notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { drop, footers, notes };
}
