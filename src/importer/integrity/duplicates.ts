/**
 * One document, one file: two documents of one run (in one export or in
 * several) that share a 文号, a report slug or a gazette issue would be
 * written onto one path and one of them lost. Such a run is refused, naming
 * both documents and where each starts.
 */
import type { Problem } from '../types.ts';
import { entryPath, type PlannedEntry } from '../write/entries.ts';
import type { ExportEntries } from '../write/plan.ts';

interface Seen {
  file: string;
  entry: PlannedEntry;
}

/** Where an entry starts in its export, for messages. */
export function firstLine(entry: PlannedEntry): number | null {
  const source = entry.data.source as { lines?: [number, number] } | undefined;
  return source?.lines?.[0] ?? null;
}

function describe(entry: PlannedEntry): string {
  const d = entry.data;
  if (typeof d.wenhao === 'string' && d.wenhao) return `文号“${d.wenhao}”`;
  if (entry.collection === 'gazettes') return `公报“${d.year}年第${d.issue}期”`;
  return `“${String(d.title ?? entry.slug)}”`;
}

function place(seen: Seen): string {
  const line = firstLine(seen.entry);
  return `${seen.file}${line ? ` 第 ${line} 行起` : ''}的“${String(seen.entry.data.title ?? seen.entry.data.name ?? seen.entry.slug)}”`;
}

/** Every pair of documents in the run that would share a file or are the same document. */
export function findDuplicateDocuments(exports: ExportEntries[]): Problem[] {
  const byKey = new Map<string, Seen>();
  const byPath = new Map<string, Seen>();
  const problems: Problem[] = [];
  for (const { file, entries } of exports) {
    for (const entry of entries) {
      if (entry.collection === 'glossary') continue;
      const current = { file, entry };
      const path = entryPath(entry);
      const sameKey = byKey.get(entry.key);
      const samePath = byPath.get(path);
      if (sameKey) {
        problems.push({
          file,
          line: firstLine(entry),
          message: `${describe(entry)}出现了两次：${place(sameKey)}，和${place(current)}。同一文件在一次导入中只能出现一次`,
        });
      } else if (samePath) {
        problems.push({
          file,
          line: firstLine(entry),
          message: `${place(samePath)}和${place(current)}会写入同一个条目 ${path}`,
        });
      }
      if (!sameKey) byKey.set(entry.key, current);
      if (!samePath) byPath.set(path, current);
    }
  }
  return problems;
}
