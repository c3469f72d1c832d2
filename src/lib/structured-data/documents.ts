/**
 * JSON-LD of document pages: a numbered policy document is a schema.org `Legislation`
 * (文号, 文种, dates, 发文机关, 有效性, the district as jurisdiction, the gazette issue it was
 * printed in); a report is a `Report`.
 */
import type { NoticeData } from '../../schemas/notice.ts';
import type { ReportData } from '../../schemas/report.ts';
import { JURISDICTION, compact, governmentOrganization, type JsonLdNode } from './json-ld.ts';

/** The gazette issue a document was printed in, as the page knows it. */
export interface IssueRef {
  /** Absolute URL of the issue's page. */
  url: string;
  /** Publication name, e.g. 重庆市沙坪坝区人民政府公报. */
  name: string;
  year: number;
  issue: number;
  /** Cover date, when printed. */
  date: string | null;
}

/** schema.org LegalForceStatus of each 有效性. */
export const LEGAL_FORCE: Record<NoticeData['validity'], string> = {
  有效: 'https://schema.org/InForce',
  已修订: 'https://schema.org/PartiallyInForce',
  已废止: 'https://schema.org/NotInForce',
  失效: 'https://schema.org/NotInForce',
  未生效: 'https://schema.org/NotInForce',
};

/** The issue as a `PublicationIssue` of the gazette `Periodical`. */
export function publicationIssue(issue: IssueRef): JsonLdNode {
  return compact({
    '@type': 'PublicationIssue',
    '@id': issue.url,
    url: issue.url,
    name: `${issue.name} ${issue.year}年第${issue.issue}期`,
    issueNumber: String(issue.issue),
    datePublished: issue.date,
    isPartOf: { '@type': 'Periodical', name: issue.name },
  });
}

/** Publisher of everything on the site. */
function publisher(name: string): JsonLdNode {
  return governmentOrganization(name);
}

/** A numbered document as `Legislation`. `url` is the page's absolute URL; `related` maps on-site ids to absolute URLs. */
export function legislation(
  d: NoticeData,
  url: string,
  issue: IssueRef | null,
  publisherName: string,
  related: (id: string) => string,
): JsonLdNode {
  const changes = [...d.amends, ...d.repeals].flatMap((r) =>
    r.document ? [{ '@type': 'Legislation', '@id': related(r.document.id) }] : [],
  );
  return compact({
    '@type': 'Legislation',
    '@id': url,
    url,
    name: d.title,
    inLanguage: 'zh-CN',
    legislationIdentifier: d.wenhao,
    legislationType: d.docType,
    legislationDate: d.signedDate,
    datePublished: d.publishedDate,
    legislationPassedBy: d.issuer ? governmentOrganization(d.issuer) : null,
    legislationLegalForce: LEGAL_FORCE[d.validity],
    legislationJurisdiction: JURISDICTION,
    legislationChanges: changes,
    isPartOf: issue ? publicationIssue(issue) : null,
    pageStart: d.gazettePage,
    keywords: d.topics.length ? d.topics.join(',') : null,
    publisher: publisher(publisherName),
  });
}

/** A report as `Report`: its speaker as author when named, else the issuing body. */
export function report(d: ReportData, url: string, issue: IssueRef | null, publisherName: string): JsonLdNode {
  const author = d.speaker
    ? compact({ '@type': 'Person', name: d.speaker.name, jobTitle: d.speaker.office })
    : d.issuer
      ? governmentOrganization(d.issuer)
      : null;
  return compact({
    '@type': 'Report',
    '@id': url,
    url,
    name: `${d.year}年${d.title}`,
    alternativeHeadline: d.title,
    inLanguage: 'zh-CN',
    genre: d.kind,
    dateCreated: d.deliveredDate ?? d.signedDate,
    datePublished: d.publishedDate,
    author,
    temporalCoverage: String(d.year),
    spatialCoverage: JURISDICTION,
    isPartOf: issue ? publicationIssue(issue) : null,
    pageStart: d.gazettePage,
    publisher: publisher(publisherName),
  });
}
