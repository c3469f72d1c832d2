/**
 * /data/glossary.json: every glossary term with its variants, its definitions and
 * their sources, related terms, and the documents that use it (with the place of
 * each use), for reuse by journalists and other sites.
 */
import type { APIContext } from 'astro';
import { excerptText } from '../../lib/glossary/excerpt.ts';
import { reportLabel } from '../../lib/glossary/presentation.ts';
import { definitionsByYear } from '../../lib/glossary/terms.ts';
import { glossaryData } from '../glossary/_glossary-data.ts';

export async function GET(context: APIContext) {
  const { terms, related, usedIn, reports } = await glossaryData();
  const absolute = (path: string) => new URL(path, context.site).href;
  const body = {
    generated: 'build',
    count: terms.length,
    license: '政府信息公开',
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
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
