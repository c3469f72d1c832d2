/**
 * Finds what a strict Content-Security-Policy would block in a page: inline scripts,
 * inline event handlers, inline styles (elements and attributes).
 */
import * as cheerio from 'cheerio';

/** Script types that are data, never run by the browser (and not subject to script-src). */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function findInlineCode(markup: string, options: { xml?: boolean } = {}): string[] {
  const $ = cheerio.load(markup, { xml: options.xml ?? false });
  const found: string[] = [];
  $('script').each((_, el) => {
    const type = ($(el).attr('type') ?? '').trim().toLowerCase();
    if ($(el).attr('src') === undefined && !DATA_SCRIPT_TYPES.has(type))
      found.push(`inline <script>: ${$(el).text().slice(0, 60)}`);
    // A data script is allowed only while it is data: JSON that parses, with no src to load.
    else if (DATA_SCRIPT_TYPES.has(type) && !isJson($(el).text()))
      found.push(`<script type="${type}"> that is not JSON: ${$(el).text().slice(0, 60)}`);
    else if (DATA_SCRIPT_TYPES.has(type) && $(el).attr('src') !== undefined)
      found.push(`<script type="${type}" src="${$(el).attr('src')}">`);
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
