/**
 * A copy of the built site whose search index is cut into small shards, so
 * that the browser tests also search an index merged from several shards
 * (the real site is smaller than one shard).
 */
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../site/helpers.ts';
import { buildSearchIndex, INDEX_FOLDER } from '../../src/search-index/build-index.ts';

export interface ShardedCopy {
  dist: string;
  shards: number;
  remove(): void;
}

export async function shardedCopy(shardPages: number): Promise<ShardedCopy> {
  const root = mkdtempSync(join(tmpdir(), 'spb-sharded-'));
  chmodSync(root, 0o755); // readable by nginx's unprivileged workers
  const dist = join(root, 'dist');
  cpSync(DIST, dist, { recursive: true, filter: (source) => source !== join(DIST, INDEX_FOLDER) });
  const summary = await buildSearchIndex(dist, { cacheDir: join(root, 'cache'), shardPages });
  return { dist, shards: summary.shards.built, remove: () => rmSync(root, { recursive: true, force: true }) };
}
