/**
 * Reads the glossary terms straight from the content folder, for the build-time
 * plugin and loader (which run outside Astro's collections). Only content/glossary/
 * is read (1,000 terms: about 0.1 s). Entry ids are the content checker's, which
 * derives them exactly as Astro's glob loader does.
 *
 * The plugin asks for the terms once per compiled body (10,000 times in a large
 * build), so the change check is cheap: a file-system watcher on the folder
 * (astro dev sees an edit at once) and the folder's own stat on every call, and
 * the stat of every file at most once per RECHECK_MS in case watching is not
 * possible. Readers of one folder share the terms read.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCollection } from './load.ts';
import { glossaryTermFrom, type GlossaryTerm } from '../lib/glossary/terms.ts';

/** Longest time an edit in place of a glossary file may go unseen. */
export const RECHECK_MS = 500;

/** Stat of the folder itself: changes when a file in it is added, removed or renamed. */
function folderStamp(glossaryDir: string): string {
  const stat = statSync(glossaryDir, { throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.mtimeMs}` : '';
}

/** Names, sizes and modification times of everything under the folder. */
function filesStamp(dir: string): string {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return '';
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const item = statSync(path, { throwIfNoEntry: false });
      return item?.isDirectory() ? `${name}/{${filesStamp(path)}}` : `${name}:${item?.size}:${item?.mtimeMs}`;
    })
    .join('|');
}

/** Every readable glossary entry in `contentDir`; entries the checker cannot read are left to it to report. */
export function readGlossaryTerms(contentDir: string): GlossaryTerm[] {
  return (
    loadCollection(resolve(contentDir), 'glossary')
      .entries.filter((e) => !e.unreadable)
      // Malformed entries stop the build in the content check; here they are only passed over.
      .filter((e) => typeof e.data.term === 'string' && Array.isArray(e.data.definitions))
      .map((e) => glossaryTermFrom(e.id, e.data as Parameters<typeof glossaryTermFrom>[1]))
  );
}

interface Seen {
  terms: GlossaryTerm[];
  folder: string;
  files: string;
  checkedAt: number;
  /** Set by the watcher when anything in the folder changes. */
  changed: boolean;
  watcher?: FSWatcher;
}

/** What has been read, per glossary folder, shared by the readers of this module. */
const seenByFolder = new Map<string, Seen>();

/** Watches the folder for `seen` (without keeping the process alive); undefined when that is not possible. */
function watchFolder(glossaryDir: string, seen: Seen): FSWatcher | undefined {
  try {
    const watcher = watch(glossaryDir, { persistent: false }, () => {
      seen.changed = true;
    });
    watcher.on('error', () => {
      seen.changed = true;
      watcher.close();
    });
    return watcher;
  } catch {
    return undefined;
  }
}

/**
 * A reader of the terms that returns the same array until the glossary files change.
 * `now` is the clock (tests).
 */
export function cachedGlossaryTerms(contentDir: string, now: () => number = Date.now): () => GlossaryTerm[] {
  const glossaryDir = join(resolve(contentDir), 'glossary');
  return () => {
    const seen = seenByFolder.get(glossaryDir);
    const time = now();
    const folder = folderStamp(glossaryDir);
    const same = seen && !seen.changed && seen.folder === folder;
    if (same && time - seen.checkedAt < RECHECK_MS) return seen.terms;
    const files = filesStamp(glossaryDir);
    if (same && seen.files === files) {
      seen.checkedAt = time;
      return seen.terms;
    }
    seen?.watcher?.close();
    const fresh: Seen = { terms: [], folder, files, checkedAt: time, changed: false };
    // Watching starts before reading, so that an edit during the read is not missed.
    if (folder) fresh.watcher = watchFolder(glossaryDir, fresh);
    fresh.terms = readGlossaryTerms(contentDir);
    seenByFolder.set(glossaryDir, fresh);
    return fresh.terms;
  };
}
