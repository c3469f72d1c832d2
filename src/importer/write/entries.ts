/**
 * The entries one export produces, before they meet the content folder:
 * slug, path, frontmatter data (schema field names, printed order) and
 * rendered body. Stage 1's repair notes are merged into the entry whose
 * source lines contain them.
 */
import type { ReadResult, RepairNote } from '../types.ts';
import type {
  DocumentDraft,
  GlossaryEntryDraft,
  NoticeDraft,
  ReportDraft,
  StructuredExport,
} from '../structure/model.ts';
import { gazetteSlug, noticeSlugFromTitle, noticeSlugFromWenhao, reportSlug } from '../../lib/slug.ts';
import type { CollectionKey } from '../../schemas/collections.ts';
import { renderBody } from './mdx-body.ts';
import { headingIds } from './anchors.ts';
import { distributeNotes } from './notes.ts';
import { identityKey } from './identity.ts';

export type Collection = Extract<CollectionKey, 'gazettes' | 'reports' | 'notices' | 'glossary'>;

export interface PlannedEntry {
  collection: Collection;
  slug: string;
  data: Record<string, unknown>;
  body: string;
  /** What makes two entries the same document: 文号, or title + date, or the slug for reports and gazettes. */
  key: string;
  doc?: DocumentDraft;
  /** Glossary entries: the report and entry they come from. */
  glossary?: { term: string; entry: GlossaryEntryDraft; report: ReportDraft; reportSlug: string };
}

export const entryPath = (e: { collection: string; slug: string }) => `${e.collection}/${e.slug}.mdx`;

export function documentSlug(d: DocumentDraft): string {
  if (d.kind === 'report') return reportSlug(d.reportKind, d.year);
  return d.wenhao ? noticeSlugFromWenhao(d.wenhao) : noticeSlugFromTitle(d.title, d.signedDate ?? d.printedDate);
}

export function buildEntries(
  structured: StructuredExport,
  read: ReadResult,
): { entries: PlannedEntry[]; unplaced: RepairNote[] } {
  const source = (lines: [number, number]) => ({ file: read.file, lines, style: read.style });
  const docs = structured.documents;
  const slugs = docs.map(documentSlug);
  const byKey = new Map(docs.map((d, i) => [d.kind === 'notice' ? (d.wenhao ?? d.title) : `#${i}`, slugs[i]]));
  const { perDocument, gazetteNotes, unplaced } = distributeNotes(read.notes, docs, structured.gazette);
  const entries: Omit<PlannedEntry, 'key'>[] = docs.map((d, i) => {
    const ids = headingIds(d.body);
    const notes = [...perDocument[i], ...d.notes].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const common = {
      issuer: d.issuer,
      signer: d.signer,
      signedDate: d.signedDate,
      publishedDate: d.publishedDate,
      gazette: d.gazette,
      gazettePage: d.gazettePage,
      section: d.section,
    };
    const tail = { source: source(d.lines), importNotes: notes };
    if (d.kind === 'report') {
      return {
        collection: 'reports',
        slug: slugs[i],
        doc: d,
        body: renderBody(d.body),
        data: {
          title: d.title,
          kind: d.reportKind,
          year: d.year,
          deliveredDate: d.deliveredDate,
          dateNote: d.dateNote,
          ...common,
          speaker: d.speaker && { name: d.speaker.name, office: d.speaker.office },
          meeting: d.meeting,
          addressees: d.addressees,
          period: d.period,
          glossary: [] as string[],
          ...tail,
        },
      };
    }
    const n = d as NoticeDraft;
    const attachmentHeadings = n.body.filter((b) => b.type === 'heading' && b.level === 2 && /^附件/.test(b.text));
    return {
      collection: 'notices',
      slug: slugs[i],
      doc: d,
      body: renderBody(d.body),
      data: {
        title: n.title,
        wenhao: n.wenhao,
        wenhaoPrinted: n.wenhaoPrinted,
        docType: n.docType,
        ...common,
        addressees: n.addressees,
        enclosedTitle: n.enclosedTitle,
        printedDate: n.printedDate,
        printedBy: n.printedBy,
        publicRelease: n.publicRelease,
        statusLine: n.statusLine,
        validity: n.validity,
        effectiveDate: n.effectiveDate,
        effectiveText: n.effectiveText,
        repeals: n.repeals,
        repealedBy: n.repealedBy,
        parent: n.parent ? (byKey.get(n.parent) ?? null) : null,
        attachments: n.attachments.map((a, k) => ({
          ...a,
          anchor: attachmentHeadings[k] ? (ids.get(attachmentHeadings[k]) ?? null) : null,
        })),
        ...tail,
      },
    };
  });
  const g = structured.gazette;
  if (g) {
    const slug = gazetteSlug(g.year, g.issue);
    entries.unshift({
      collection: 'gazettes',
      slug,
      body: '',
      data: {
        name: g.name,
        year: g.year,
        issue: g.issue,
        cumulative: g.cumulative,
        publishedDate: g.publishedDate,
        notBefore: g.notBefore,
        publisher: g.publisher,
        pages: g.pages,
        contents: g.contents.map((c) => {
          const d = c.documentIndex === null ? null : docs[c.documentIndex];
          const ref = c.documentIndex === null ? null : slugs[c.documentIndex];
          return {
            section: c.section,
            title: c.title,
            page: c.page,
            report: d?.kind === 'report' ? ref : null,
            notice: d?.kind === 'notice' ? ref : null,
          };
        }),
        contentsPrinted: g.contentsPrinted,
        colophon: g.colophon,
        source: source(g.lines),
        importNotes: [...g.notes, ...gazetteNotes].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      },
    });
  }
  return {
    entries: entries.map((e) => ({ ...e, key: identityKey(e)! })),
    unplaced: [...unplaced, ...structured.warnings],
  };
}
