/**
 * Folder-level dependencies of a file-level import graph. Two folders that import
 * each other cannot be understood, tested or moved apart, even when no single file
 * cycle exists (import-cycles.test.ts runs this over src/ and scripts/). A folder and
 * its own subfolders are exempt: a root that orchestrates its subfolders and holds
 * their shared types (importer/run.ts and types.ts) is one unit with them.
 */

/** The folder of a file: its parent path. */
export const folderOf = (file: string): string => file.split('/').slice(0, -1).join('/') || '.';

const nested = (a: string, b: string) => a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/** Pairs of folders that import each other, each with the files that make the two directions. */
export function twoWayFolders(
  graph: Record<string, readonly string[]>,
): { folders: [string, string]; files: string[] }[] {
  const edges = new Map<string, Map<string, Set<string>>>();
  for (const [file, deps] of Object.entries(graph)) {
    const from = folderOf(file);
    for (const dep of deps) {
      const to = folderOf(dep);
      if (from === to || nested(from, to)) continue;
      const targets = edges.get(from) ?? edges.set(from, new Map()).get(from)!;
      (targets.get(to) ?? targets.set(to, new Set()).get(to)!).add(file);
    }
  }
  const pairs: { folders: [string, string]; files: string[] }[] = [];
  for (const [a, targets] of edges)
    for (const [b, files] of targets) {
      const back = edges.get(b)?.get(a);
      if (back && a < b) pairs.push({ folders: [a, b], files: [...files, ...back].sort() });
    }
  return pairs.sort((x, y) => x.folders.join().localeCompare(y.folders.join()));
}
