/**
 * What a build leaves in its cache folder so that the next build can tell whether the
 * output folder is still exactly what that build made (src/integrations/keep-output.ts):
 * which folder, which incremental-build manifest it matches, and a fingerprint of its
 * pages (size and modification time of each file, to the nanosecond). Anything that wrote into
 * the folder since, or another cache used in between, changes one of them.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync, type BigIntStats } from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputMarker {
  /** Absolute path of the output folder. */
  outDir: string;
  /** fileHash() of Astro's incremental-build manifest when the build ended. */
  manifest: string;
  /** Pages of the build, relative to outDir with / separators. */
  pages: string[];
  /** pagesFingerprint() of those pages when the build ended. */
  fingerprint: string;
}

/** sha256 of a file's bytes, or 'missing'. */
export function fileHash(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('base64url');
  } catch {
    return 'missing';
  }
}

/** Digest of each page's size and modification time (a page that is gone counts too). */
export function pagesFingerprint(outDir: string, pages: readonly string[]): string {
  const hash = createHash('sha256');
  for (const page of pages) {
    let stats: BigIntStats | undefined;
    try {
      stats = lstatSync(join(outDir, page), { bigint: true });
    } catch {
      stats = undefined;
    }
    hash.update(stats ? `${page}\0${stats.size}\0${stats.mtimeNs}\n` : `${page}\0-\n`);
  }
  return hash.digest('base64url');
}

/** The marker in `file`, or null when there is none or it cannot be read. */
export function readMarker(file: string): OutputMarker | null {
  try {
    const marker = JSON.parse(readFileSync(file, 'utf8'));
    return typeof marker?.outDir === 'string' && Array.isArray(marker.pages) ? marker : null;
  } catch {
    return null;
  }
}

export function writeMarker(file: string, marker: OutputMarker): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(marker));
}

export function removeMarker(file: string): void {
  rmSync(file, { force: true });
}

/** True when `marker` says the output folder `outDir` is untouched since the build that matches `manifestFile`. */
export function outputIsKept(marker: OutputMarker | null, outDir: string, manifestFile: string): boolean {
  return (
    marker !== null &&
    marker.outDir === outDir &&
    marker.manifest === fileHash(manifestFile) &&
    marker.fingerprint === pagesFingerprint(outDir, marker.pages)
  );
}
