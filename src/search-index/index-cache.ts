/**
 * The search index's build cache, in Astro's cache folder (search-index/):
 * every shard built so far, named by its key (shards.ts), and for every page
 * the digest of its HTML and of its record, so that a page whose HTML did not
 * change is not read again, and a shard whose pages' records did not change
 * is reused as it is. A salt (the index code and Pagefind's version) clears
 * the cache when it changes. A shard's folder is complete once its shard.json
 * exists (written last, then the folder renamed into place).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { CatalogueEntry } from '../lib/search/catalogue.ts';

/** Code whose changes change the index (relative to the project root). */
const INDEX_SOURCES = 'src/lib/search';
const INDEX_PACKAGES = ['pagefind', 'cheerio', 'htmlparser2'];
export const SHARD_FILE = 'shard.json';

export interface PageState {
  /** Digest of the built page. */
  html: string;
  /** Digest of what the index holds for it. */
  record: string;
  year: number | null;
}

/** What a built shard tells the catalogue: Pagefind's metadata file and each page's entry, in Pagefind's page order. */
export interface ShardInfo {
  meta: string;
  entries: CatalogueEntry[];
}

export function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The index code's salt: its source files, the versions of Pagefind and the HTML parser, Pagefind's chunk size. */
export function indexSalt(root: string): string {
  const hash = createHash('sha256');
  const dir = join(root, INDEX_SOURCES);
  for (const name of existsSync(dir) ? readdirSync(dir).sort() : [])
    hash.update(name).update(readFileSync(join(dir, name)));
  for (const name of INDEX_PACKAGES) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    hash
      .update(name)
      .update(existsSync(manifest) ? String(JSON.parse(readFileSync(manifest, 'utf8')).version) : 'missing');
  }
  return hash.update(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? '').digest('hex');
}

export class IndexCache {
  private readonly pages: Record<string, PageState>;

  constructor(
    readonly dir: string,
    readonly salt: string,
  ) {
    const stateFile = join(dir, 'pages.json');
    let state: { salt?: string; pages?: Record<string, PageState> };
    try {
      state = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : {};
    } catch {
      state = {}; // an unreadable cache is an empty one
    }
    if (state.salt !== salt) rmSync(join(dir, 'shards'), { recursive: true, force: true });
    // Shards a build stopped half way through building (build-index.ts builds into building-<pid>).
    for (const name of existsSync(dir) ? readdirSync(dir) : [])
      if (name.startsWith('building-')) rmSync(join(dir, name), { recursive: true, force: true });
    this.pages = state.salt === salt ? (state.pages ?? {}) : {};
  }

  /** The cached state of a page whose HTML has this digest, if any. */
  page(url: string, html: string): PageState | undefined {
    const state = this.pages[url];
    return state?.html === html ? state : undefined;
  }

  shardDir(key: string): string {
    return join(this.dir, 'shards', key);
  }

  /** A complete cached shard's info, or null. */
  shard(key: string): ShardInfo | null {
    const file = join(this.shardDir(key), SHARD_FILE);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ShardInfo) : null;
  }

  /** Moves a shard built in `staging` into the cache under its key, writing its shard.json last. */
  commitShard(staging: string, key: string, info: ShardInfo): void {
    writeFileSync(join(staging, SHARD_FILE), JSON.stringify(info));
    mkdirSync(join(this.dir, 'shards'), { recursive: true });
    rmSync(this.shardDir(key), { recursive: true, force: true });
    renameSync(staging, this.shardDir(key));
  }

  /** Records this build's pages and removes shards it did not use. */
  save(pages: Record<string, PageState>, used: Set<string>): void {
    const shards = join(this.dir, 'shards');
    for (const name of existsSync(shards) ? readdirSync(shards) : [])
      if (!used.has(name)) rmSync(join(shards, name), { recursive: true, force: true });
    const file = join(this.dir, 'pages.json');
    writeFileSync(`${file}.tmp`, JSON.stringify({ salt: this.salt, pages }));
    renameSync(`${file}.tmp`, file);
  }
}

/** Puts `from`'s files at `to` as hard links (copies where the file system refuses a link), leaving out `skip`. */
export function linkTree(from: string, to: string, skip: string[] = []): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (skip.includes(name)) continue;
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}
