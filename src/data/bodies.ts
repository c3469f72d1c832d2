/** A document's rendered body and headings, as the content loader left them (src/loaders/mdx-entries.ts, body-files.ts). */
import type { CollectionEntry } from 'astro:content';
import type { Heading } from '../lib/render/anchors.ts';
import { readBody, type BodyFile } from '../loaders/body-files.ts';

export function entryBody(entry: CollectionEntry<'notices'> | CollectionEntry<'reports'>): {
  html: string;
  headings: Heading[];
} {
  const metadata: Record<string, unknown> = entry.rendered?.metadata ?? {};
  return readBody(metadata.body as BodyFile | undefined, `${entry.collection}/${entry.id}`);
}
