/**
 * Which files of a collection are unchanged since the last content sync, told by their
 * size and modification time, so that Astro's glob() loader reads only the others
 * (mdx-entries.ts). glob() reads and digests every file on every sync: at 10,000
 * documents some 300 MB of text, 4–6 s of a rebuild with the garbage it leaves.
 *
 * A file counts as unchanged only when its size and modification time (to the nanosecond)
 * are those recorded at the last sync, and its entry is still stored from that file. A
 * file modified within two seconds before it was recorded is not recorded ("racy", as Git
 * calls it: on a file system with coarse times a later edit could keep the same time), so
 * it is read again next time. The records live in the collection's meta store.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

export interface FileStat {
  size: bigint;
  mtimeNs: bigint;
}

/** Recorded per file (relative to the collection folder): size, modification time and entry id. */
type Record = [file: string, size: string, mtimeNs: string, id: string];

const RACY_NS = 2_000_000_000n;

/** Files under `dir` ending in `extension`, relative with / separators; hidden files and folders are skipped (as glob() does). */
export function listFiles(dir: string, extension: string, prefix = ''): string[] {
  let items;
  try {
    items = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return items
    .filter((item) => !item.name.startsWith('.'))
    .flatMap((item) => {
      const rel = prefix ? `${prefix}/${item.name}` : item.name;
      if (item.isDirectory()) return listFiles(join(dir, item.name), extension, rel);
      return item.name.endsWith(extension) ? [rel] : [];
    });
}

export function statFiles(dir: string, files: readonly string[]): Map<string, FileStat> {
  return new Map(
    files.map((file) => {
      const { size, mtimeNs } = statSync(join(dir, file), { bigint: true });
      return [file, { size, mtimeNs }];
    }),
  );
}

/** Paths of files (relative to `dir`) as entries store them: relative to the project root, with / separators. */
export function storedPaths(root: string, dir: string): (file: string) => string {
  const prefix = relative(root, dir).split(sep).join('/');
  return prefix ? (file) => `${prefix}/${file}` : (file) => file;
}

/** Ids of the unchanged files' entries, by file. */
export function unchangedFiles(
  recorded: unknown,
  stats: ReadonlyMap<string, FileStat>,
  store: Store,
  pathOf: (file: string) => string,
): Map<string, string> {
  const unchanged = new Map<string, string>();
  if (!Array.isArray(recorded)) return unchanged;
  for (const [file, size, mtimeNs, id] of recorded as Record[]) {
    const now = stats.get(file);
    if (now && String(now.size) === size && String(now.mtimeNs) === mtimeNs && store.get(id)?.filePath === pathOf(file))
      unchanged.set(file, id);
  }
  return unchanged;
}

/** Records for the next sync: every file whose entry is stored from it, except files modified just before `now` (ns). */
export function recordFiles(
  stats: ReadonlyMap<string, FileStat>,
  store: Store,
  pathOf: (file: string) => string,
  now: bigint,
): Record[] {
  const idByPath = new Map([...store.values()].map((entry) => [entry.filePath, entry.id]));
  const records: Record[] = [];
  for (const [file, { size, mtimeNs }] of stats) {
    const id = idByPath.get(pathOf(file));
    if (id !== undefined && mtimeNs < now - RACY_NS) records.push([file, String(size), String(mtimeNs), id]);
  }
  return records;
}

/** The store as glob() should see it: without the entries of unchanged files, which it would otherwise delete as untouched. */
export function withoutEntries(store: Store, hidden: ReadonlySet<string>): Store {
  return { ...store, keys: () => store.keys().filter((id) => !hidden.has(id)) };
}

/** A file path as a glob pattern that matches only that file. */
export const literalPattern = (file: string) => file.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
