/**
 * Pagefind's data-pagefind-filter / -meta / -sort attribute syntax, read from a
 * built page so that the page templates stay the one place that says what a
 * page's type, 文号, date and facets are.
 *
 * Syntax (as documented by Pagefind): comma-separated captures, each `key`
 * (the element's text), `key[attr]` (an attribute's value) or `key:value`
 * (inline; only last, and it runs to the end of the attribute).
 */
import type { CheerioAPI } from 'cheerio';

export interface Capture {
  key: string;
  /** Where the value comes from. */
  from: { text: true } | { attribute: string } | { inline: string };
}

export function parseCaptures(spec: string): Capture[] {
  const captures: Capture[] = [];
  let rest = spec;
  while (rest.trim()) {
    const m = /^\s*([^,:[\]]+?)\s*(?:\[([^\]]+)\])?\s*(,|:|$)/.exec(rest);
    if (!m || !m[1]) throw new Error(`无法解析 data-pagefind 属性“${spec}”：应为 键、键[属性] 或 键:值，以逗号分隔`);
    const key = m[1].trim();
    if (m[3] === ':') {
      captures.push({ key, from: { inline: rest.slice(m[0].length).trim() } });
      break;
    }
    captures.push({ key, from: m[2] ? { attribute: m[2].trim() } : { text: true } });
    rest = rest.slice(m[0].length);
  }
  return captures;
}

export interface PageCaptures {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every filter, meta and sort value a page declares (anywhere in the page, as Pagefind reads them). */
export function pageCaptures($: CheerioAPI): PageCaptures {
  const out: PageCaptures = { filters: {}, meta: {}, sort: {} };
  for (const kind of ['filter', 'meta', 'sort'] as const) {
    $(`[data-pagefind-${kind}]`).each((_, el) => {
      const node = $(el);
      if (node.closest('[data-pagefind-ignore="all"]').length) return; // Pagefind's "all": not even metadata
      for (const { key, from } of parseCaptures(node.attr(`data-pagefind-${kind}`) ?? '')) {
        const raw = 'inline' in from ? from.inline : 'attribute' in from ? node.attr(from.attribute) : node.text();
        const value = raw === undefined ? '' : collapse(raw);
        if (!value) continue; // an absent attribute or empty element declares nothing
        if (kind === 'filter') {
          const values = (out.filters[key] ??= []);
          if (!values.includes(value)) values.push(value);
        } else if (kind === 'meta') out.meta[key] ??= value;
        else out.sort[key] ??= value;
      }
    });
  }
  return out;
}
