/**
 * The glossary as built in dist/: term links in every body, backlinks that equal the
 * documents really using each term (found here independently of the site's matcher),
 * anchors that exist and hold the term, the index and the JSON export.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { DIST, distText, entries, page } from '../site/helpers.ts';

const terms = entries('glossary').map((e) => ({
  id: e.id,
  term: String(e.data.term),
  variants: (e.data.variants ?? []) as string[],
}));
const termById = new Map(terms.map((t) => [t.id, t]));

/** Built body pages: /documents/<id>/ and /reports/<id>/ that have a .doc-body. */
const bodyPages = ['documents', 'reports'].flatMap((section) =>
  readdirSync(join(DIST, section))
    .filter((name) => existsSync(join(DIST, section, name, 'index.html')))
    .map((name) => `/${section}/${name}/`)
    .filter((path) => page(path)('.doc-body').length === 1),
);

// An oracle written apart from src/lib/glossary: whitespace dropped, quote styles unified,
// a form of two characters counted only in quotes, uses inside a longer term's use not counted.
const squeeze = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/[‘「『]/g, '“')
    .replace(/[’」』]/g, '”');
const bare = (s: string) => s.replace(/[“”]/g, '');
/** A term's forms in the oracle's normal form; a form of two characters only in quotes. */
function formsOf(t: { term: string; variants: string[] }): string[] {
  const out = new Set<string>();
  for (const written of [t.term, ...t.variants]) {
    const s = squeeze(written);
    if (bare(s).length <= 2) out.add(`“${bare(s)}”`);
    else out.add(s).add(bare(s));
  }
  return [...out];
}
const allForms = terms.map((t) => ({ id: t.id, forms: formsOf(t) }));

/** Whether `text` uses term `id` somewhere not covered by another term's longer use. */
function uses(text: string, id: string): boolean {
  const s = squeeze(text);
  const covered: [number, number][] = [];
  for (const other of allForms) {
    if (other.id === id) continue;
    for (const f of other.forms)
      for (let i = s.indexOf(f); i >= 0; i = s.indexOf(f, i + 1)) covered.push([i, i + f.length]);
  }
  const own = allForms.find((t) => t.id === id)!.forms;
  return own.some((f) => {
    for (let i = s.indexOf(f); i >= 0; i = s.indexOf(f, i + 1)) {
      if (!covered.some(([a, b]) => a <= i && i + f.length <= b && b - a > f.length)) return true;
    }
    return false;
  });
}

/** Text of a body as a reader sees it: without the hidden block of definitions. */
function bodyText($: CheerioAPI): string {
  const body = $('.doc-body').clone();
  body.find('.glossary-definitions, script').remove();
  return body.text();
}

describe('term links in document and report bodies', () => {
  test('there are bodies to check, and terms are linked in them', () => {
    expect(bodyPages.length).toBeGreaterThan(10);
    const linked = bodyPages.reduce((n, p) => n + page(p)('.doc-body a.glossary-term').length, 0);
    expect(linked).toBeGreaterThan(50);
  });

  for (const path of bodyPages) {
    test(`${path}: links lead to term pages, never from headings, links, header cells or preformatted text`, () => {
      const $ = page(path);
      $('.doc-body a.glossary-term').each((_, a) => {
        const id = /^\/glossary\/([^/]+)\/$/.exec($(a).attr('href') ?? '')?.[1];
        expect(id && termById.has(id), $(a).attr('href')).toBe(true);
        expect($(a).parents('h1, h2, h3, h4, h5, h6, th, pre, code, a, dfn').length).toBe(0);
        expect(uses($(a).text(), id!), `${$(a).text()} → ${id}`).toBe(true);
        const description = $(`[id="${$(a).attr('aria-describedby')}"]`);
        expect(description.text()).toMatch(/^名词解释：./);
      });
    });

    test(`${path}: a term is linked at most once per section and once per paragraph`, () => {
      const $ = page(path);
      let seen = new Set<string>();
      $('.doc-body')
        .children()
        .each((_, block) => {
          if (/^h[1-6]$/.test(block.tagName)) seen = new Set();
          $(block)
            .find('a.glossary-term')
            .each((_, a) => {
              const href = $(a).attr('href')!;
              expect(seen.has(href), `${href} twice in a section`).toBe(false);
              seen.add(href);
            });
        });
    });
  }
});

describe('backlinks on term pages', () => {
  for (const t of terms) {
    test(`${t.id}: 出现在 lists exactly the documents whose bodies use the term, each place an anchor that holds it`, () => {
      const $ = page(`/glossary/${t.id}/`);
      const listed = $('.glossary-documents > li h3 a')
        .map((_, a) => $(a).attr('href'))
        .get();
      const really = bodyPages.filter((p) => uses(bodyText(page(p)), t.id));
      expect([...listed].sort()).toEqual([...really].sort());

      $('.glossary-uses a').each((_, a) => {
        const [path, fragment] = $(a).attr('href')!.split('#');
        expect(page(path)(`[id="${decodeURIComponent(fragment)}"]`).length, `${path}#${fragment}`).toBe(1);
      });
    });
  }

  const json = JSON.parse(distText('data/glossary.json'));
  for (const item of json.terms) {
    test(`${item.id}: each place of use is an anchor that holds the term, or the anchor right before the table or list that does`, () => {
      const onPage = page(`/glossary/${item.id}/`)('.glossary-uses a')
        .map((_, a) => a.attribs.href)
        .get();
      const places = item.usedIn.flatMap((u: any) => u.places);
      const placeHref = (url: string) => {
        const u = new URL(url);
        return u.pathname + decodeURIComponent(u.hash);
      };
      expect(places.filter((p: any) => p.anchor).map((p: any) => placeHref(p.url))).toEqual(
        onPage.map((h) => decodeURIComponent(h)),
      );
      for (const place of places) {
        const url = new URL(place.url);
        const doc = page(url.pathname);
        const target = doc(`[id="${decodeURIComponent(url.hash.slice(1))}"]`);
        expect(target.length, place.url).toBe(1);
        const text = place.anchorIsOwn ? target.text() : target.nextUntil('[id]').text();
        expect(uses(text, item.id), `${place.url} (${place.block}) holds ${item.term}`).toBe(true);
      }
    });
  }
});

describe('glossary index and JSON export', () => {
  test('the index shows each letter with its count, and every term once', () => {
    const $ = page('/glossary/');
    let total = 0;
    $('[data-glossary-group]').each((_, s) => {
      const items = $(s).find('li[data-filter]').length;
      expect($(s).find('h2 .count').text()).toBe(`（${items} 个）`);
      total += items;
    });
    expect(total).toBe(terms.length);
    expect($('[data-glossary-filter]').attr('hidden')).toBeDefined(); // shown by the script only
  });

  test('/data/glossary.json has every term with its sources, and the same documents as the term pages', () => {
    const json = JSON.parse(distText('data/glossary.json'));
    expect(json.count).toBe(terms.length);
    for (const item of json.terms) {
      const t = termById.get(item.id)!;
      expect(item.term).toBe(t.term);
      expect(item.variants).toEqual(t.variants);
      expect(item.definitions.length).toBeGreaterThan(0);
      for (const d of item.definitions) expect(d.reportUrl).toMatch(/\/reports\/[^/]+\/$/);
      const $ = page(`/glossary/${item.id}/`);
      const listed = $('.glossary-documents > li h3 a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(item.usedIn.map((u: { url: string }) => new URL(u.url).pathname)).toEqual(listed);
    }
  });
});
