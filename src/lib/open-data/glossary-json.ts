/**
 * /data/glossary.json: every glossary term with its variants, its definitions and their
 * sources, related terms, and the documents that use it (with the place of each use),
 * for reuse by journalists and other sites.
 */
import type { CatalogueItem } from '../catalogue.ts';
import { excerptText } from '../glossary/excerpt.ts';
import { reportLabel } from '../glossary/presentation.ts';
import { definitionsByYear, type GlossaryTerm } from '../glossary/terms.ts';
import type { BlockUsage } from '../glossary/usages.ts';
import { LICENCE } from './datasets.ts';

/** What the file is made from (the glossary data of the build, src/data/glossary.ts). */
export interface GlossaryJsonInput {
  terms: GlossaryTerm[];
  related: Map<string, GlossaryTerm[]>;
  usedIn: Map<string, { document: CatalogueItem; blocks: BlockUsage[]; count: number }[]>;
  reports: Map<string, { title: string; year: number; url: string }>;
}

export function glossaryJson({ terms, related, usedIn, reports }: GlossaryJsonInput, site: string | URL): unknown {
  const absolute = (path: string) => new URL(path, site).href;
  return {
    generated: 'build',
    count: terms.length,
    license: LICENCE,
    terms: terms.map((t) => ({
      id: t.id,
      term: t.term,
      variants: t.variants,
      url: absolute(`/glossary/${t.id}/`),
      definitions: definitionsByYear(t).map((d) => {
        const report = reports.get(d.reportId);
        return {
          report: d.reportId,
          reportTitle: report ? reportLabel(report) : null,
          reportUrl: report ? absolute(report.url) : null,
          year: d.year,
          number: d.number,
          heading: d.heading,
          text: d.text,
        };
      }),
      related: (related.get(t.id) ?? []).map((r) => r.id),
      usedIn: (usedIn.get(t.id) ?? []).map((u) => ({
        collection: u.document.collection,
        id: u.document.id,
        title: u.document.title,
        wenhao: u.document.wenhao,
        url: absolute(u.document.url),
        count: u.count,
        places: u.blocks.map((b) => ({
          url: b.anchor ? absolute(`${u.document.url}#${b.anchor}`) : absolute(u.document.url),
          anchor: b.anchor || null,
          anchorIsOwn: b.anchorIsOwn,
          block: b.blockKind,
          count: b.count,
          excerpt: excerptText(b.excerpt),
        })),
      })),
    })),
  };
}
