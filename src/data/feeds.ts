/** Astro-side assembly of every feed (src/lib/feeds/): read the collections once per build. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { mdxBody } from '../content-files/frontmatter.ts';
import { getCatalogue } from './catalogue.ts';
import { getGazettes, contentsLinks, issueLabel } from './gazettes.ts';
import { documentUrl } from '../lib/catalogue.ts';
import { documentFeeds, type FeedDefinition } from '../lib/feeds/feeds.ts';
import { gazetteFeed, glossaryFeed } from '../lib/feeds/other-feeds.ts';
import type { BodySource } from '../lib/feeds/rss.ts';
import { glossaryData } from './glossary.ts';
import { SITE_NAME } from '../site.config.ts';

let cache: Promise<{ feeds: FeedDefinition[]; bodyOf: BodySource }> | undefined;

/** Every feed the site publishes, and the MDX body of each document by collection/id. */
export function siteFeeds(): Promise<{ feeds: FeedDefinition[]; bodyOf: BodySource }> {
  cache ??= (async () => {
    const [catalogue, gazettes, glossary, notices, reports] = await Promise.all([
      getCatalogue(),
      getGazettes(),
      glossaryData(),
      getCollection('notices'),
      getCollection('reports'),
    ]);
    // The content loader keeps no body source (retainBody: false): read it from the entry's file
    // (its path is relative to the project root, where builds run).
    // Read lazily: feeds carry only their newest items, so most bodies are never needed.
    const filePaths = new Map([...notices, ...reports].map((e) => [`${e.collection}/${e.id}`, e.filePath]));
    const bodyOf = (key: string) => {
      const filePath = filePaths.get(key);
      return filePath ? mdxBody(readFileSync(resolve(filePath), 'utf8')).text : undefined;
    };
    const byId = new Map(catalogue.map((i) => [i.id, i]));
    const issues = gazettes.map((g) => ({
      id: g.id,
      name: g.data.name,
      label: issueLabel(g.data),
      date: g.data.publishedDate ?? g.data.notBefore,
      contents: contentsLinks(g).map((c) => ({
        title: byId.get(c.id)?.title ?? c.title,
        url: documentUrl(c.collection, c.id),
      })),
    }));
    const reportDates = new Map(
      reports.map((r) => [r.id, r.data.publishedDate ?? r.data.deliveredDate ?? r.data.signedDate]),
    );
    const reportInfo = new Map(
      [...glossary.reports].map(([id, r]) => [id, { ...r, date: reportDates.get(id) ?? null }]),
    );
    const feeds = [
      ...documentFeeds(catalogue, SITE_NAME),
      gazetteFeed(issues, SITE_NAME),
      glossaryFeed(glossary.terms, reportInfo, SITE_NAME),
    ];
    return { feeds, bodyOf };
  })();
  return cache;
}
