/** Every page's JSON-LD parsed and checked against the entries it describes; citation_* meta on document pages. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { DIST, entries, page } from './helpers.ts';

const SITE = 'https://www.cqspb.gov.cn';
const htmlPages = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory()
      ? htmlPages(p)
      : f === 'index.html'
        ? ['/' + relative(DIST, dir) + (dir === DIST ? '' : '/')]
        : [];
  });
const pages = htmlPages(DIST).map((p) => p.replace(/^\/\//, '/'));

/** Every JSON-LD node of a page, parsed. */
function jsonLd($: CheerioAPI): any[] {
  return $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()))
    .get();
}
const ofType = ($: CheerioAPI, type: string) => jsonLd($).filter((n) => n['@type'] === type);
const meta = ($: CheerioAPI, name: string) => $(`head meta[name="${name}"]`).attr('content');
const gazettes = new Map(entries('gazettes').map((g) => [g.id, g.data]));
/** 有效性 → schema.org LegalForceStatus, written out here independently of the site's table. */
const FORCE: Record<string, string> = {
  有效: 'InForce',
  已修订: 'PartiallyInForce',
  已废止: 'NotInForce',
  失效: 'NotInForce',
  未生效: 'NotInForce',
};

describe('JSON-LD on every page', () => {
  test('the site has pages to check', () => expect(pages.length).toBeGreaterThan(100));
  for (const path of pages) {
    test(`${path}: each JSON-LD block parses, names schema.org and a type; the breadcrumb data matches the visible trail`, () => {
      const $ = page(path);
      const nodes = jsonLd($);
      for (const node of nodes) {
        expect(node['@context']).toBe('https://schema.org');
        expect(typeof node['@type']).toBe('string');
      }
      const crumbs = $('nav.breadcrumbs li')
        .map((_, li) => $(li).text().trim())
        .get();
      const lists = nodes.filter((n) => n['@type'] === 'BreadcrumbList');
      if (crumbs.length === 0) {
        expect(lists).toHaveLength(0);
        return;
      }
      expect(lists).toHaveLength(1);
      const items = lists[0].itemListElement;
      expect(items.map((i: any) => i.name)).toEqual(crumbs);
      expect(items.map((i: any) => i.position)).toEqual(crumbs.map((_, i) => i + 1));
      expect(items.at(-1).item).toBe(`${SITE}${path}`);
    });
  }
});

describe('documents, reports and terms', () => {
  test('each notice page is Legislation with its 文号, 文种, dates, issuer, legal force, jurisdiction and gazette issue', () => {
    const notices = entries('notices');
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) {
      const $ = page(`/documents/${n.id}/`);
      const [law, ...more] = ofType($, 'Legislation');
      expect(more, n.id).toHaveLength(0);
      const d = n.data;
      expect(law.url).toBe(`${SITE}/documents/${n.id}/`);
      expect(law.name).toBe(d.title);
      expect(law.legislationIdentifier ?? null).toBe(d.wenhao ? d.wenhao.replace(/\s+/g, '') : null);
      expect(law.legislationType).toBe(d.docType);
      expect(law.legislationDate ?? null).toBe(d.signedDate ?? null);
      expect(law.datePublished ?? null).toBe(d.publishedDate ?? null);
      expect(law.legislationPassedBy?.name ?? null).toBe(d.issuer ?? null);
      expect(law.legislationLegalForce).toBe(`https://schema.org/${FORCE[d.validity ?? '有效']}`);
      expect(law.legislationJurisdiction.name).toBe('重庆市沙坪坝区');
      if (d.gazette) {
        expect(law.isPartOf['@type']).toBe('PublicationIssue');
        expect(law.isPartOf.url).toBe(`${SITE}/gazettes/${d.gazette}/`);
        expect(law.isPartOf.issueNumber).toBe(String(gazettes.get(d.gazette)!.issue));
        expect(law.isPartOf.isPartOf.name).toBe(gazettes.get(d.gazette)!.name);
      } else expect(law.isPartOf).toBeUndefined();
      expect(law.pageStart ?? null).toBe(d.gazettePage ?? null);
      expect(meta($, 'citation_title')).toBe(d.title);
      expect(meta($, 'citation_public_url')).toBe(law.url);
      expect(meta($, 'citation_publisher')).toBe('重庆市沙坪坝区人民政府办公室');
      const date = d.publishedDate ?? d.signedDate;
      expect(meta($, 'citation_publication_date')).toBe(date ? date.replace(/-/g, '/') : undefined);
      expect(meta($, 'citation_technical_report_number')).toBe(d.wenhao ? d.wenhao.replace(/\s+/g, '') : undefined);
    }
  });

  test('each report page is a Report with its kind, dates, author and gazette issue', () => {
    for (const r of entries('reports')) {
      const $ = page(`/reports/${r.id}/`);
      const [report] = ofType($, 'Report');
      const d = r.data;
      expect(report.url).toBe(`${SITE}/reports/${r.id}/`);
      expect(report.name).toBe(`${d.year}年${d.title}`);
      expect(report.genre).toBe(d.kind);
      expect(report.dateCreated ?? null).toBe(d.deliveredDate ?? d.signedDate ?? null);
      expect(report.author?.name ?? null).toBe(d.speaker?.name ?? d.issuer ?? null);
      if (d.gazette) expect(report.isPartOf.url).toBe(`${SITE}/gazettes/${d.gazette}/`);
      expect(meta($, 'citation_title')).toBe(report.name);
      expect(meta($, 'citation_public_url')).toBe(report.url);
    }
  });

  test('each gazette issue page is a PublicationIssue listing its documents', () => {
    for (const g of entries('gazettes')) {
      const [issue] = ofType(page(`/gazettes/${g.id}/`), 'PublicationIssue');
      expect(issue.issueNumber).toBe(String(g.data.issue));
      expect(issue.hasPart).toHaveLength((g.data.contents ?? []).length);
    }
  });

  test('each term page is a DefinedTerm in the 名词解释 DefinedTermSet, which lists every term', () => {
    const terms = entries('glossary');
    const [set] = ofType(page('/glossary/'), 'DefinedTermSet');
    expect(set['@id']).toBe(`${SITE}/glossary/#terms`);
    expect(set.hasDefinedTerm).toHaveLength(terms.length);
    for (const t of terms) {
      const $ = page(`/glossary/${t.id}/`);
      const [term] = ofType($, 'DefinedTerm');
      expect(term.name).toBe(t.data.term);
      expect(term.url).toBe(`${SITE}/glossary/${t.id}/`);
      expect(term.inDefinedTermSet['@id']).toBe(set['@id']);
      const newest = [...t.data.definitions].sort((a: any, b: any) => a.year - b.year).at(-1);
      expect(term.description).toBe(newest.text);
      expect(term.alternateName ?? []).toEqual(t.data.variants ?? []);
      expect(set.hasDefinedTerm.some((x: any) => x['@id'] === term['@id'])).toBe(true);
    }
  });

  test('the home page describes the site with its search address', () => {
    const [site] = ofType(page('/'), 'WebSite');
    expect(site.url).toBe(`${SITE}/`);
    expect(site.potentialAction.target).toBe(`${SITE}/search/?q={query}`);
  });
});
