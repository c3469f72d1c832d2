/**
 * Opens the documents figures are quoted from, by entry id, straight from the
 * content folder (outside Astro): frontmatter for the period rules, the body
 * indexed as the site renders it. Each file is read once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { extractFrontmatter } from './frontmatter.ts';
import { indexDocument } from '../lib/targets/document.ts';
import type { SourceDocument } from '../lib/targets/validate.ts';

/** A lookup of report and notice documents under `contentDir`; unknown ids give undefined. */
export function sourceDocuments(contentDir: string): (id: string) => SourceDocument | undefined {
  const cache = new Map<string, SourceDocument | undefined>();
  return (id) => {
    if (cache.has(id)) return cache.get(id);
    const file = ['reports', 'notices'].map((c) => join(contentDir, c, `${id}.mdx`)).find(existsSync);
    let doc: SourceDocument | undefined;
    if (file) doc = documentFromSource(readFileSync(file, 'utf8'));
    cache.set(id, doc);
    return doc;
  };
}

/** A document from the text of its MDX file. */
export function documentFromSource(source: string): SourceDocument {
  const frontmatter = extractFrontmatter(source);
  const data = (frontmatter ? parseYaml(frontmatter.yaml) : {}) ?? {};
  const year = Number(data.year ?? String(data.signedDate ?? '').slice(0, 4));
  return {
    kind: String(data.kind ?? data.docType ?? ''),
    year,
    period: data.period ?? null,
    index: indexDocument(source),
  };
}
