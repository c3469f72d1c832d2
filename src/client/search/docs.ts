/**
 * The files of shown results: for each, the part of its text that holds its
 * first match (docs/<result id>-<n>.json.gz in its shard's folder), which also carries its title,
 * type, 文号 and date, so a result costs one small request. Glossary cards read
 * part 0. Each file is fetched once per page view.
 */
import { shardOf, type Catalogue } from '../../lib/search/catalogue.ts';
import { excerptTarget, partExcerpt, type Excerpt } from '../../lib/search/excerpt.ts';
import type { SearchQuery } from '../../lib/search/query.ts';
import { DOCS_FOLDER, PART_SUFFIX, PART_WORDS, type DocPart } from '../../lib/search/index-records.ts';
import type { DocHit } from '../../lib/search/results.ts';
import { gunzip, INDEX_BASE } from './engine.ts';

const parts = new Map<string, Promise<DocPart>>();

/** Part n of a result's text, from the folder of the shard that holds the document. */
export function docPart(catalogue: Catalogue, hit: Pick<DocHit, 'id' | 'doc'>, n: number): Promise<DocPart> {
  const url = `${INDEX_BASE}${shardOf(catalogue, hit.doc).shard.path}${DOCS_FOLDER}/${hit.id}-${n}${PART_SUFFIX}`;
  let loading = parts.get(url);
  if (!loading) {
    loading = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`搜索结果读取失败（${url}，HTTP ${response.status}）`);
      return JSON.parse(new TextDecoder().decode(await gunzip(response))) as DocPart;
    });
    loading.catch(() => parts.delete(url));
    parts.set(url, loading);
  }
  return loading;
}

/** A result as shown: its title, type, 文号 and date, and its excerpt. */
export async function shownResult(
  hit: DocHit,
  catalogue: Catalogue,
  query: SearchQuery,
): Promise<{ head: DocPart; excerpt: Excerpt }> {
  const bodyFrom = (catalogue.wenhao[hit.doc] ?? 0) + (catalogue.title[hit.doc] ?? 0);
  const target = excerptTarget(
    hit,
    query.phraseWords.map((w) => w.length),
    bodyFrom,
  );
  const head = await docPart(catalogue, hit, Math.floor(target / PART_WORDS));
  // Matched as phrases: mark the phrases; matched word by word: mark every word.
  const marks = hit.phrases.length ? query.phraseWords : query.phraseWords.flat().map((w) => [w]);
  return { head, excerpt: partExcerpt(head, marks, target) };
}
