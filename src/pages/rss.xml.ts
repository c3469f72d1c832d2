/** RSS feed of every document, newest publication first, with full text (src/lib/feeds/). */
import type { APIContext } from 'astro';
import { siteFeeds } from '../data/feeds.ts';
import { ALL_DOCUMENTS_FEED } from '../lib/feeds/feeds.ts';
import { feedXml } from '../lib/feeds/rss.ts';

export async function GET(context: APIContext) {
  const { feeds, bodyOf } = await siteFeeds();
  const feed = feeds.find((f) => f.path === ALL_DOCUMENTS_FEED)!;
  return new Response(await feedXml(feed, context.site!, bodyOf), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
