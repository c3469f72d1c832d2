/**
 * Writes a feed as RSS 2.0 with @astrojs/rss: absolute links, a permanent guid per item,
 * the publication date at midnight in China (UTC+8), and the full text as sanitised
 * HTML in `content:encoded` (body-html.ts).
 */
import { getRssString } from '@astrojs/rss';
import { feedBodyHtml } from './body-html.ts';
import type { FeedDefinition, FeedEntry } from './feeds.ts';

/** MDX source of an entry's body by its key (collection/id); undefined when it has none. */
export type BodySource = (key: string) => string | undefined;

/** An ISO date as the instant a Chinese reader means by it: 00:00 China Standard Time. */
export function chinaMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/**
 * Bodies already rendered, per body source (one per build): a document is in three
 * feeds (all documents, its 文种, its 发文机关), and rendering is most of a feed's cost
 * (at 1,000 documents 3 s per pass of markdown-it and sanitize-html over every body).
 */
const renderedBodies = new WeakMap<BodySource, Map<string, string>>();

/** Full text of an entry as sanitised HTML, or undefined when it has none (a body is read and rendered once per build). */
export function entryHtml(entry: FeedEntry, site: URL, bodyOf: BodySource): string | undefined {
  const base = new URL(entry.url, site);
  if (entry.bodyKey) {
    const memo = renderedBodies.get(bodyOf) ?? renderedBodies.set(bodyOf, new Map()).get(bodyOf)!;
    const key = `${entry.bodyKey}\n${base.href}`;
    if (memo.has(key)) return memo.get(key);
    const body = bodyOf(entry.bodyKey);
    const html = body === undefined ? undefined : feedBodyHtml(body, base);
    if (html !== undefined) memo.set(key, html);
    if (html !== undefined || entry.markdown === null) return html;
  }
  return entry.markdown === null ? undefined : feedBodyHtml(entry.markdown, base);
}

/** The feed as an RSS 2.0 document. */
export async function feedXml(feed: FeedDefinition, site: URL, bodyOf: BodySource): Promise<string> {
  const self = new URL(feed.path, site).href;
  const newest = feed.entries.find((e) => e.date)?.date;
  return getRssString({
    title: feed.title,
    description: feed.description,
    site: new URL(feed.page, site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>zh-CN</language>',
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
      ...(newest ? [`<pubDate>${chinaMidnight(newest).toUTCString()}</pubDate>`] : []),
    ].join(''),
    items: feed.entries.map((entry) => ({
      title: entry.title,
      link: new URL(entry.url, site).href,
      pubDate: entry.date ? chinaMidnight(entry.date) : undefined,
      description: entry.description,
      categories: entry.categories,
      content: entryHtml(entry, site, bodyOf),
    })),
  });
}
