/**
 * Finds the site's own URLs in XML files (sitemaps, RSS): a <loc>, <link> or <guid>
 * that points to a page that does not exist is a broken link for search engines
 * and feed readers just as for a reader.
 */
import * as cheerio from 'cheerio';
import type { FoundLink } from './types.ts';

const URL_ELEMENTS = ['loc', 'link', 'guid', 'atom\\:link'];

export function extractXmlLinks(file: string, xml: string): FoundLink[] {
  const $ = cheerio.load(xml, { xml: true });
  const links: FoundLink[] = [];
  for (const element of URL_ELEMENTS) {
    $(element).each((_, el) => {
      const node = $(el);
      // <atom:link href="…"/> holds its URL in an attribute, the others in their text.
      const url = (node.attr('href') ?? node.text()).trim();
      // A <guid isPermaLink="false"> is an identifier, not a URL.
      if (!url || node.attr('isPermaLink') === 'false') return;
      links.push({ file, source: `${element.replace('\\', '')} (XML)`, url });
    });
  }
  return links;
}
