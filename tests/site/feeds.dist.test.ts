/** Every built feed, parsed as XML: RSS 2.0 structure, items matching the entries, dates, clean full text; pages linking them. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { DIST, distText, entries, page } from './helpers.ts';
import { FEED_ITEM_LIMIT } from '../../src/lib/feeds/feeds.ts';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category'].includes(name) });
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.xml') ? [join(dir, f)] : [],
  );
const feedPaths = ['/rss.xml', ...files(join(DIST, 'feeds')).map((f) => '/' + relative(DIST, f))];
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

function channelOf(path: string) {
  const xml = distText(path.slice(1));
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).rss;
}
/** Expected publication date of a document entry: 发布日期, else its own date. */
function publication(data: Record<string, any>): string | null {
  return data.publishedDate ?? data.signedDate ?? data.deliveredDate ?? null;
}
const documents = [
  ...entries('notices').map((e) => ({ ...e, url: `/documents/${e.id}/` })),
  ...entries('reports').map((e) => ({ ...e, url: `/reports/${e.id}/` })),
];

describe('feeds', () => {
  test('there are feeds for all documents, reports, gazettes, glossary, each 文种 and each 发文机关', () => {
    for (const p of ['/rss.xml', '/feeds/reports.xml', '/feeds/gazettes.xml', '/feeds/glossary.xml'])
      expect(feedPaths).toContain(p);
    const types = new Set(documents.map((d) => d.data.docType ?? d.data.kind));
    expect(feedPaths.filter((p) => p.startsWith('/feeds/type/'))).toHaveLength(types.size);
    const issuers = new Set(documents.map((d) => d.data.issuer ?? '未注明发文机关'));
    expect(feedPaths.filter((p) => p.startsWith('/feeds/issuer/'))).toHaveLength(issuers.size);
  });

  for (const path of feedPaths) {
    test(`${path} is valid RSS 2.0 with absolute links, permanent guids, RFC 822 dates and clean full text`, () => {
      const rss = channelOf(path);
      expect(rss['@_version']).toBe('2.0');
      const channel = rss.channel;
      for (const field of ['title', 'link', 'description']) expect(channel[field]).toBeTruthy();
      expect(channel.language).toBe('zh-CN');
      expect(channel['atom:link']['@_href']).toBe(`https://www.cqspb.gov.cn${path}`);
      expect(channel.item.length).toBeGreaterThan(0);
      for (const item of channel.item) {
        expect(item.title).toBeTruthy();
        expect(item.link).toMatch(/^https:\/\/www\.cqspb\.gov\.cn\/[a-z0-9/-]+\/$/);
        expect(item.guid['#text']).toBe(item.link);
        if (item.pubDate) expect(item.pubDate).toMatch(RFC822);
        const $ = cheerio.load(item['content:encoded']);
        expect($('body').text().trim().length).toBeGreaterThan(0);
        expect($('script, style, iframe, img, object, form, [style], [class]')).toHaveLength(0);
        expect(
          $('*').filter((_, el) => Object.keys((el as any).attribs ?? {}).some((a) => a.startsWith('on'))),
        ).toHaveLength(0);
        for (const href of $('a')
          .map((_, a) => $(a).attr('href'))
          .get())
          expect(href).toMatch(/^(https:\/\/www\.cqspb\.gov\.cn\/|mailto:|https?:\/\/)/);
      }
    });
  }

  test('the all-documents feed has the newest documents, each once, dated by publication, with its full text', () => {
    const items = channelOf('/rss.xml').channel.item;
    let checkedText = 0;
    // Newest publication first, undated last, ties by address: the first FEED_ITEM_LIMIT of them.
    const time = (d: (typeof documents)[number]) => {
      const date = publication(d.data);
      return date ? Date.parse(date) : -Infinity;
    };
    const newest = [...documents]
      .sort((a, b) => time(b) - time(a) || a.url.localeCompare(b.url))
      .slice(0, FEED_ITEM_LIMIT);
    expect(items.map((i: any) => i.link)).toEqual(newest.map((d) => `https://www.cqspb.gov.cn${d.url}`));
    for (const doc of newest) {
      const item = items.find((i: any) => i.link === `https://www.cqspb.gov.cn${doc.url}`);
      expect(item, doc.url).toBeDefined();
      const date = publication(doc.data);
      expect(item.pubDate).toBe(date ? new Date(`${date}T00:00:00+08:00`).toUTCString() : undefined);
      // The body's first paragraph of plain text is in the full text.
      const firstText = doc.body
        .split('\n\n')
        .map((p) => p.trim())
        .find((p) => /^[\u4e00-\u9fa5]/.test(p) && !/[\\*|<{]/.test(p));
      if (firstText) {
        expect(cheerio.load(item['content:encoded'])('body').text()).toContain(firstText);
        checkedText++;
      }
    }
    expect(checkedText).toBeGreaterThan(newest.length / 2);
    const dates = items.map((i: any) => (i.pubDate ? Date.parse(i.pubDate) : -Infinity));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  test('the gazette and glossary feeds have one item per issue and per term, up to the newest FEED_ITEM_LIMIT, dated as a reader expects', () => {
    const capped = (n: number) => Math.min(n, FEED_ITEM_LIMIT);
    const pubDate = (date: string | null | undefined) =>
      date ? new Date(`${date}T00:00:00+08:00`).toUTCString() : undefined;
    const itemAt = (items: { link: string; pubDate?: string }[], url: string) =>
      items.find((i) => i.link === `https://www.cqspb.gov.cn${url}`);
    // An issue: its cover date, else the earliest date it can have been published.
    const issues = channelOf('/feeds/gazettes.xml').channel.item;
    expect(issues).toHaveLength(capped(entries('gazettes').length));
    // Only the issues the feed carries: from FEED_ITEM_LIMIT issues on, the oldest are left out.
    let datedIssues = 0;
    for (const g of entries('gazettes')) {
      const item = itemAt(issues, `/gazettes/${g.id}/`);
      if (!item) continue;
      expect(item.pubDate, g.id).toBe(pubDate(g.data.publishedDate ?? g.data.notBefore));
      datedIssues++;
    }
    expect(datedIssues).toBe(issues.length);
    // A term: the publication of the newest report that defines it.
    const reportDates = new Map(
      entries('reports').map((r) => [r.id, r.data.publishedDate ?? r.data.deliveredDate ?? r.data.signedDate]),
    );
    type Definition = { year: number; report: string };
    const terms = channelOf('/feeds/glossary.xml').channel.item;
    expect(terms).toHaveLength(capped(entries('glossary').length));
    expect(new Set(terms.map((i: { link: string }) => i.link)).size).toBe(terms.length);
    let dated = 0;
    for (const t of entries('glossary')) {
      const item = itemAt(terms, `/glossary/${t.id}/`);
      if (!item) continue;
      const newest = [...t.data.definitions]
        .sort((a: Definition, b: Definition) => a.year - b.year || a.report.localeCompare(b.report))
        .at(-1);
      expect(item.pubDate, t.id).toBe(pubDate(reportDates.get(newest.report)));
      dated++;
    }
    expect(dated).toBe(terms.length);
  });

  test('listing pages link their feed in the head and visibly, and /feeds/ explains and lists every feed', () => {
    const listings: [string, string][] = [
      ['/documents/', '/rss.xml'],
      ['/gazettes/', '/feeds/gazettes.xml'],
      ['/reports/', '/feeds/reports.xml'],
      ['/glossary/', '/feeds/glossary.xml'],
    ];
    for (const dir of ['type', 'issuer']) {
      for (const f of feedPaths.filter((p) => p.startsWith(`/feeds/${dir}/`)))
        listings.push([f.replace(/^\/feeds/, '/documents').replace(/\.xml$/, '/'), f]);
    }
    for (const [listing, feed] of listings) {
      const $ = page(listing);
      expect($(`head link[rel="alternate"][type="application/rss+xml"][href="${feed}"]`), listing).toHaveLength(1);
      expect($(`main a[href="${feed}"]`).text(), listing).toContain('订阅');
      expect($('main a[href="/feeds/"]'), listing).toHaveLength(1);
    }
    const $ = page('/feeds/');
    expect($('h1').text()).toContain('订阅');
    expect($('main').text()).toContain('什么是订阅');
    expect($('main').text()).toContain(`只含最新的 ${FEED_ITEM_LIMIT} 条`);
    // The seeds' glossary has more terms than a feed carries; the page says so.
    expect(entries('glossary').length).toBeGreaterThan(FEED_ITEM_LIMIT);
    expect($('main').text()).toContain(`含最新 ${FEED_ITEM_LIMIT} 条（共 ${entries('glossary').length} 条）`);
    expect($('main a[href="/data/"]').length).toBeGreaterThan(0);
    for (const f of feedPaths) expect($(`main a[href="${f}"]`), f).toHaveLength(1);
    expect(existsSync(join(DIST, 'feeds', 'index.html'))).toBe(true);
  });
});
