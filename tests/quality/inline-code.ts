/**
 * Finds what a strict Content-Security-Policy would block in a page: inline scripts,
 * inline event handlers, inline styles (elements and attributes).
 */
import * as cheerio from 'cheerio';

/** Script types that are data, never run by the browser (and not subject to script-src). */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

export function findInlineCode(markup: string, options: { xml?: boolean } = {}): string[] {
  const $ = cheerio.load(markup, { xml: options.xml ?? false });
  const found: string[] = [];
  $('script').each((_, el) => {
    const type = ($(el).attr('type') ?? '').trim().toLowerCase();
    if ($(el).attr('src') === undefined && !DATA_SCRIPT_TYPES.has(type)) found.push(`inline <script>: ${$(el).text().slice(0, 60)}`);
  });
  $('style').each((_, el) => void found.push(`inline <style>: ${$(el).text().slice(0, 60)}`));
  $('*').each((_, el) => {
    if (el.type !== 'tag') return;
    for (const name of Object.keys(el.attribs)) {
      if (/^on/i.test(name)) found.push(`<${el.tagName} ${name}="${el.attribs[name]}">`);
      if (name.toLowerCase() === 'style') found.push(`<${el.tagName} style="${el.attribs[name]}">`);
    }
  });
  return found;
}
