/**
 * Updates dist/pagefind in place: each shard's folder (s/<key>/) is put there
 * once, linked from the build cache into a temporary folder and renamed, so a
 * shard folder is either complete or absent; the catalogue, which names the
 * shards the browser loads, is then replaced in one rename, and only after it
 * the folders no shard of it uses are removed. At every moment the catalogue
 * in place names complete folders, and a rebuild touches only the shards that
 * changed (the output folder is kept between builds: src/integrations/keep-output.ts).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkTree, SHARD_FILE } from './index-cache.ts';
import { CATALOGUE_FILE } from './index-files.ts';

/** Shard folders inside the index folder: pagefind/s/<key>/. */
export const SHARDS_FOLDER = 's';

/** Puts the cached shard `from` at <outDir>/s/<key>/ unless a shard of that key is already there. */
export function placeShard(outDir: string, key: string, from: string): void {
  const target = join(outDir, SHARDS_FOLDER, key);
  if (existsSync(target)) return;
  const partial = `${target}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  linkTree(from, partial, [SHARD_FILE]);
  renameSync(partial, target);
}

/** Replaces the catalogue, then removes everything in <outDir> that it does not use. */
export function publishCatalogue(outDir: string, catalogue: string, keys: ReadonlySet<string>): void {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, CATALOGUE_FILE);
  writeFileSync(`${file}.tmp`, catalogue);
  renameSync(`${file}.tmp`, file);
  for (const name of readdirSync(outDir)) {
    if (name !== CATALOGUE_FILE && name !== SHARDS_FOLDER) rmSync(join(outDir, name), { recursive: true, force: true });
  }
  const shards = join(outDir, SHARDS_FOLDER);
  for (const name of readdirSync(shards))
    if (!keys.has(name)) rmSync(join(shards, name), { recursive: true, force: true });
}
