/** Every feed under /feeds/ (by 文种, by 发文机关, reports, gazette issues, glossary terms); see src/lib/feeds/. */
import type { APIContext } from 'astro';
import { siteFeeds } from '../../data/feeds.ts';
import { feedXml } from '../../lib/feeds/rss.ts';
import type { FeedDefinition } from '../../lib/feeds/feeds.ts';

export async function getStaticPaths() {
  const { feeds } = await siteFeeds();
  return feeds
    .filter((feed) => feed.path.startsWith('/feeds/'))
    .map((feed) => ({ params: { feed: feed.path.slice('/feeds/'.length) }, props: { feed } }));
}

export async function GET(context: APIContext) {
  const { feed } = context.props as { feed: FeedDefinition };
  const { bodyOf } = await siteFeeds();
  return new Response(await feedXml(feed, context.site!, bodyOf), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
