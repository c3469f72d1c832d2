/**
 * content/.import-manifest.json: the hash of every file the importer wrote,
 * so that a file edited by hand since its import is recognised and never
 * overwritten without --force. Sorted keys and no timestamps: importing the
 * same export again leaves it byte-identical.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST_NAME = '.import-manifest.json';

export interface ManifestEntry {
  sha256: string;
  /** Export file the entry was imported from (several for a merged glossary entry). */
  sources: string[];
}

export interface Manifest {
  version: 1;
  files: Record<string, ManifestEntry>;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function readManifest(contentDir: string): Manifest {
  const path = join(contentDir, MANIFEST_NAME);
  if (!existsSync(path)) return { version: 1, files: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8'));
    return { version: 1, files: parsed.files ?? {} };
  } catch {
    throw new Error(
      `${path}：导入清单不是有效的 JSON，请从版本库恢复该文件，或删除它（删除后所有已有文件都会被视为手工编辑）`,
    );
  }
}

export function manifestText(manifest: Manifest): string {
  const files = Object.fromEntries(
    Object.keys(manifest.files)
      .sort()
      .map((k) => [k, { sha256: manifest.files[k].sha256, sources: [...new Set(manifest.files[k].sources)].sort() }]),
  );
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}

/** Edited by hand = the file differs from what the importer last wrote, or the importer never wrote it. */
export function editedByHand(manifest: Manifest, path: string, text: string): boolean {
  const entry = manifest.files[path];
  return !entry || entry.sha256 !== sha256(text);
}
