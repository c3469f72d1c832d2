/** Finds every URL and every fragment target (id, a[name]) in one HTML page. */
import * as cheerio from 'cheerio';
import type { FoundLink } from './types.ts';

/** Elements and attributes that hold one URL each. */
const URL_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['embed', 'src'],
  ['source', 'src'],
  ['track', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['object', 'data'],
  ['form', 'action'],
  ['button', 'formaction'],
  ['blockquote', 'cite'],
  ['q', 'cite'],
];

/** Elements whose srcset lists several URLs. */
const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]'];

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/** URLs of one page, each with the element and attribute it came from. */
export function extractHtmlLinks(file: string, html: string): FoundLink[] {
  const $ = cheerio.load(html);
  const links: FoundLink[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    $(`${selector}[${attribute}]`).each((_, el) => {
      links.push({ file, source: `${selector}[${attribute}]`, url: $(el).attr(attribute)!.trim() });
    });
  }
  for (const selector of SRCSET_SELECTORS) {
    $(selector).each((_, el) => {
      for (const url of srcsetUrls($(el).attr('srcset')!)) links.push({ file, source: `${selector}`, url });
    });
  }
  return links;
}

/** Every fragment a link may point to in this page: ids and the legacy a[name]. */
export function extractFragmentTargets(html: string): Set<string> {
  const $ = cheerio.load(html);
  const ids = new Set<string>();
  $('[id]').each((_, el) => void ids.add($(el).attr('id')!));
  $('a[name]').each((_, el) => void ids.add($(el).attr('name')!));
  return ids;
}
