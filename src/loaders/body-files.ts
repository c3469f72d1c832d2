/**
 * Rendered bodies live in files under the build cache (one per entry), not in Astro's
 * data store: at 10,000 documents the HTML is some 250 MB, which the data store would
 * serialise into modules that Vite bundles and every page-rendering process loads whole.
 * A body's headings go in the same file: only report pages show them, and in the store
 * they were a fifth of its size, serialised again on every sync. The store keeps only
 * where a body's file is and a hash of the file (so that a page's cache key changes when
 * its body or headings do); a page reads its own body when it is rendered.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading } from '../lib/render/anchors.ts';

/** Where a rendered body is, as kept in the entry's `rendered.metadata.body`. */
export interface BodyFile {
  /** Absolute path of the body's file (JSON: html and headings). */
  file: string;
  /** sha256 of the file's text (base64url). */
  hash: string;
}

/** What a body's file holds. */
export interface StoredBody {
  html: string;
  headings: Heading[];
}

/** What Astro's `rendered.html` holds instead of the body (pages call readBody, never render()). */
export const BODY_PLACEHOLDER = '<!-- 正文在 rendered.metadata.body 指向的文件中：src/loaders/body-files.ts -->';

const EXTENSION = '.json';

/** File of an entry's body in `dir` (ids may contain '/', kept as folders). */
export function bodyFilePath(dir: string, collection: string, id: string): string {
  return join(dir, collection, `${id}${EXTENSION}`);
}

/** Writes a body atomically (temporary file, then rename) and returns its file and hash. */
export function writeBody(file: string, body: StoredBody): BodyFile {
  const text = JSON.stringify({ html: body.html, headings: body.headings });
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  return { file, hash: createHash('sha256').update(text).digest('base64url') };
}

/** A page's body HTML and headings; a missing file is a build error, never an empty page. */
export function readBody(body: BodyFile | undefined, what: string): StoredBody {
  if (!body || !existsSync(body.file)) throw new Error(`${what} 的正文缓存文件不存在：请删除构建缓存后重新构建`);
  return JSON.parse(readFileSync(body.file, 'utf8')) as StoredBody;
}

/** Removes body files of `collection` whose entry is gone (ids listed in `keep`). */
export function pruneBodies(dir: string, collection: string, keep: ReadonlySet<string>): void {
  const root = join(dir, collection);
  if (!existsSync(root)) return;
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (!entry.name.endsWith(EXTENSION) || !keep.has(`${prefix}${entry.name.slice(0, -EXTENSION.length)}`))
        rmSync(path);
    }
  };
  walk(root, '');
}
