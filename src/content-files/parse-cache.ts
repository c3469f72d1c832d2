/**
 * Parsed entry data kept between runs, keyed by a hash of the file's bytes, so
 * that an unchanged file is not parsed again (YAML parsing is most of the
 * checker's time: about 1 ms per document). The cache is one text file, a line
 * per entry: `key<TAB>data as JSON`. A run that parsed a few new files appends
 * their lines (at 10,000 documents the file is some 30 MB, too much to write
 * again for each new file); lines of changed or deleted files stay until they are
 * a fifth of the file, which is then written anew with the live lines only.
 * It is only an aid: a missing, corrupt or outdated file (other format or `yaml`
 * version) is ignored and written anew, an unreadable line is a miss, and nothing
 * but data that JSON gives back unchanged is stored.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BODY_KIND, HEADER } from './cache-header.ts';

export { BODY_KIND } from './cache-header.ts';

const BODY_KEY = `${BODY_KIND}:`;
/** The file is written anew when more than this share of its lines are no longer used. */
const STALE_SHARE = 0.2;

/** The key of a file's parse: its extension and a hash of its bytes. */
export function parseKey(bytes: Uint8Array, extension: string): string {
  return `${extension}:${createHash('sha1').update(bytes).digest('base64url')}`;
}

/** True when JSON.stringify → JSON.parse returns a value equal to `value` (no NaN, Infinity, -0, special objects). */
function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (const item of value) if (!survivesJson(item)) return false;
    return true;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) {
    if (key === '__proto__' || !survivesJson((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

export class ParseCache {
  /** Entries the file holds (JSON text, parsed on use so that each run gets its own objects). */
  private stored: Map<string, string> | undefined;
  /** True when the file exists with the current header, so that lines can be appended to it. */
  private appendable = false;
  /** Entries used or added by the current run: what the next save writes. */
  private used = new Map<string, string>();
  /** Per run: [frontmatter and data files, MDX bodies] found in the cache, and missed. */
  private hits = [0, 0];
  private missed = [0, 0];
  /** Files of the last saved run whose data came from the cache, and files parsed. */
  lastRun = { reused: 0, parsed: 0 };
  /** MDX bodies of the last saved run whose check came from the cache, and bodies checked. */
  lastBodies = { reused: 0, checked: 0 };

  constructor(readonly file: string) {}

  private load(): Map<string, string> {
    const stored = new Map<string, string>();
    try {
      const lines = readFileSync(this.file, 'utf8').split('\n');
      if (lines[0] !== HEADER) return stored;
      this.appendable = true;
      for (const line of lines.slice(1)) {
        const tab = line.indexOf('\t');
        if (tab > 0) stored.set(line.slice(0, tab), line.slice(tab + 1));
      }
    } catch {
      // No cache yet (or unreadable): every file is parsed.
    }
    return stored;
  }

  /** The data stored for `key`, as a fresh object, or undefined. */
  get(key: string): Record<string, unknown> | undefined {
    this.stored ??= this.load();
    const json = this.used.get(key) ?? this.stored.get(key);
    const kind = key.startsWith(BODY_KEY) ? 1 : 0;
    if (json === undefined) {
      this.missed[kind] += 1;
      return undefined;
    }
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(json);
    } catch {
      // A line cut short (a run stopped while appending): the file is parsed again and its line appended anew.
      this.stored.delete(key);
      this.missed[kind] += 1;
      return undefined;
    }
    this.used.set(key, json);
    this.hits[kind] += 1;
    return data;
  }

  /** Keeps `data` for `key` when JSON can hold it exactly. */
  set(key: string, data: Record<string, unknown>): void {
    if (!survivesJson(data)) return;
    this.used.set(key, JSON.stringify(data));
  }

  /**
   * Saves the entries of this run: appends the new ones, or writes the file anew
   * with this run's entries only (those of deleted or changed files drop out) when
   * it has no usable header or too many unused lines; then starts a new run. Never
   * throws: a cache that cannot be written only means parsing again next time.
   */
  save(): void {
    const stored = this.stored ?? new Map<string, string>();
    const used = this.used;
    const added = [...used].filter(([key]) => !stored.has(key));
    const lines = stored.size + added.length;
    const rewrite = !this.appendable || lines - used.size > lines * STALE_SHARE;
    this.lastRun = { reused: this.hits[0], parsed: this.missed[0] };
    this.lastBodies = { reused: this.hits[1], checked: this.missed[1] };
    this.used = new Map();
    this.hits = [0, 0];
    this.missed = [0, 0];
    const toLines = (entries: Iterable<[string, string]>) =>
      [...entries].map(([key, json]) => `${key}\t${json}\n`).join('');
    try {
      if (rewrite && (added.length > 0 || used.size !== stored.size || !this.appendable)) {
        mkdirSync(dirname(this.file), { recursive: true });
        const temporary = `${this.file}.${process.pid}.tmp`;
        writeFileSync(temporary, `${HEADER}\n${toLines(used)}`);
        renameSync(temporary, this.file);
        this.stored = used;
        this.appendable = true;
      } else {
        if (added.length > 0) appendFileSync(this.file, toLines(added));
        this.stored = new Map([...stored, ...added]);
      }
    } catch {
      // Read-only or full disk: the check itself is unaffected.
      this.stored = used;
    }
  }
}

/** The cache file for content folder `contentDir` inside cache folder `cacheDir`. */
export function parseCacheFile(cacheDir: string, contentDir: string): string {
  const folder = createHash('sha1').update(resolve(contentDir)).digest('hex').slice(0, 12);
  return join(cacheDir, 'content-check', `${folder}.tsv`);
}
