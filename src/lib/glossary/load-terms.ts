/**
 * Reads the glossary terms straight from the content folder, for the build-time
 * plugin (which runs inside Sätteri, outside Astro's collections). Entry ids are the
 * content checker's, which derives them exactly as Astro's glob loader does.
 * Re-read when a glossary file is added, removed or changed (astro dev).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../content-check/load.ts';
import { glossaryTermFrom, type GlossaryTerm } from './terms.ts';

/** Names and modification times of the glossary files: changes when any of them does. */
function signature(glossaryDir: string): string {
  if (!existsSync(glossaryDir)) return '';
  return readdirSync(glossaryDir)
    .sort()
    .map((name) => `${name}:${statSync(join(glossaryDir, name)).mtimeMs}`)
    .join('|');
}

/** Every readable glossary entry in `contentDir`; entries the checker cannot read are left to it to report. */
export function readGlossaryTerms(contentDir: string): GlossaryTerm[] {
  return loadContent(resolve(contentDir))
    .entries.filter((e) => e.collection === 'glossary' && !e.unreadable)
    // Malformed entries stop the build in the content check; here they are only passed over.
    .filter((e) => typeof e.data.term === 'string' && Array.isArray(e.data.definitions))
    .map((e) => glossaryTermFrom(e.id, e.data as Parameters<typeof glossaryTermFrom>[1]));
}

/** A reader of the terms that reads the folder again only when its glossary files changed. */
export function cachedGlossaryTerms(contentDir: string): () => GlossaryTerm[] {
  const glossaryDir = join(resolve(contentDir), 'glossary');
  let seen: string | undefined;
  let terms: GlossaryTerm[] = [];
  return () => {
    const now = signature(glossaryDir);
    if (now !== seen) {
      terms = readGlossaryTerms(contentDir);
      seen = now;
    }
    return terms;
  };
}
