/**
 * Reads every entry of every collection from a content folder, the way
 * Astro's glob() loader sees them: the same files, the same ids. Parsing
 * itself is in parse-entry.ts, MDX bodies are checked by body-check.ts, the
 * cache of parsed files is parse-cache.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { COLLECTION_KEYS } from '../schemas/collections.ts';
import { collectionPatterns, type CollectionKey } from '../schemas/index.ts';
import { entryIdFromPath } from './entry-id.ts';
import { checkMdxBody } from './body-check.ts';
import { frontmatterBytes } from './frontmatter.ts';
import { parseKey, type ParseCache } from './parse-cache.ts';
import { entryLines, parseEntryFile, type ParsedFile } from './parse-entry.ts';
import type { CheckMessage, LoadedEntry } from './types.ts';

export interface LoadResult {
  entries: LoadedEntry[];
  /** Every file the site reads, parsed or not, for the per-collection counts. */
  files: { collection: CollectionKey; displayPath: string }[];
  errors: CheckMessage[];
  warnings: CheckMessage[];
}

const emptyResult = (): LoadResult => ({ entries: [], files: [], errors: [], warnings: [] });

/** The path shown in messages: relative to `cwd` when the file is inside it. */
export function displayPath(filePath: string, cwd = process.cwd()): string {
  const rel = relative(cwd, filePath);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : filePath;
  return shown.split(sep).join('/');
}

/** File extensions a collection's glob pattern accepts: '**\/*.{yaml,yml,json}' → ['yaml', 'yml', 'json']. */
export function patternExtensions(pattern: string): string[] {
  const match = /^\*\*\/\*\.(?:\{([^}]+)\}|([\w]+))$/.exec(pattern);
  if (!match) throw new Error(`内容检查器无法理解文件模式“${pattern}”（只支持 **/*.ext 和 **/*.{a,b}）`);
  return (match[1] ?? match[2]).split(',');
}

/** Files under `dir`, relative to it with / separators; hidden files and folders are skipped as tinyglobby does. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((item) => !item.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((item) => {
      const rel = prefix ? `${prefix}/${item.name}` : item.name;
      return item.isDirectory() ? listFiles(join(dir, item.name), rel) : [rel];
    });
}

/**
 * Parses one file's data. Only the frontmatter of an MDX file is decoded and hashed;
 * with a cache, an unchanged frontmatter's data comes from it.
 */
function parseEntryBytes(bytes: Buffer, extension: string, cache?: ParseCache): ParsedFile {
  const head = extension === 'mdx' ? frontmatterBytes(bytes) : bytes;
  const key = cache && parseKey(head, extension);
  const data = key && cache.get(key);
  if (data) return { data };
  const parsed = parseEntryFile(head.toString('utf8'), extension);
  if (key && 'data' in parsed) cache.set(key, parsed.data);
  return parsed;
}

/** Loads the entries of one collection (the folder of that name under `contentDir`) into `result`. */
export function loadCollection(
  contentDir: string,
  collection: CollectionKey,
  cwd = process.cwd(),
  cache?: ParseCache,
  result = emptyResult(),
): LoadResult {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return result;
  const extensions = patternExtensions(collectionPatterns[collection]);
  for (const rel of listFiles(dir)) {
    const filePath = join(dir, rel);
    const file = displayPath(filePath, cwd);
    const extension = rel.split('.').pop() ?? '';
    if (!rel.includes('.') || !extensions.includes(extension)) {
      result.warnings.push({
        file,
        field: '',
        rule: 'load',
        message: `网站不会读取此文件：${collection} 集合只读取 ${extensions.map((e) => `.${e}`).join('、')} 文件`,
      });
      continue;
    }
    result.files.push({ collection, displayPath: file });
    const bytes = readFileSync(filePath);
    // The body is checked whatever its frontmatter: the build renders it either way.
    if (extension === 'mdx') result.errors.push(...checkMdxBody(file, bytes, cache));
    const parsed = parseEntryBytes(bytes, extension, cache);
    if ('problems' in parsed) {
      for (const p of parsed.problems)
        result.errors.push({ file, line: p.line, field: '', rule: 'load', message: p.message });
      // Keep the entry so that references to it are not also reported as missing.
      result.entries.push({
        collection,
        filePath,
        displayPath: file,
        data: {},
        id: entryIdFromPath(rel),
        lineOf: () => undefined,
        unreadable: true,
      });
      continue;
    }
    result.entries.push({
      collection,
      filePath,
      displayPath: file,
      data: parsed.data,
      id: entryIdFromPath(rel, parsed.data),
      lineOf: entryLines(filePath, extension),
    });
  }
  return result;
}

/** Loads all collections under `contentDir`; `cache` spares parsing files unchanged since it was saved. */
export function loadContent(contentDir: string, cwd = process.cwd(), cache?: ParseCache): LoadResult {
  const result = emptyResult();
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    result.errors.push({ file: displayPath(contentDir, cwd), field: '', rule: 'load', message: '内容目录不存在' });
    return result;
  }
  for (const name of readdirSync(contentDir).filter((n) => !n.startsWith('.'))) {
    if (!(COLLECTION_KEYS as readonly string[]).includes(name)) {
      result.warnings.push({
        file: displayPath(join(contentDir, name), cwd),
        field: '',
        rule: 'load',
        message: `不是已知的内容集合，网站不会读取它（已知集合：${COLLECTION_KEYS.join('、')}）`,
      });
    }
  }
  for (const collection of COLLECTION_KEYS) loadCollection(contentDir, collection, cwd, cache, result);
  return result;
}
