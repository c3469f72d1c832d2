/**
 * Stage 2's intermediate model: what the structurer extracts from the blocks
 * before the writer turns it into MDX files. Plain data, no I/O.
 */
import type { RepairNote } from '../types.ts';

export type LineRange = [number, number];

/** One unit of a document body, in printed order. */
export type BodyNode =
  | { type: 'heading'; level: number; text: string; lines: LineRange }
  | { type: 'paragraph'; text: string; head?: string; lines: LineRange }
  | { type: 'table'; header: string[]; rows: string[][]; lines: LineRange }
  | { type: 'preformatted'; text: string; lines: LineRange }
  | { type: 'missing-figure'; title: string; lines: LineRange };

export interface AttachmentDraft {
  number: number | null;
  title: string;
  listedTitle: string | null;
  contentPresent: boolean;
  anchor: string | null;
}

export interface RelatedDraft {
  wenhao: string | null;
  title: string | null;
  document: string | null;
}

/** Fields shared by reports and notices (see src/schemas/document.ts). */
export interface DocumentCommon {
  title: string;
  issuer: string | null;
  signer: string | null;
  signedDate: string | null;
  publishedDate: string | null;
  gazette: string | null;
  gazettePage: number | null;
  section: string | null;
  lines: LineRange;
  body: BodyNode[];
  notes: RepairNote[];
}

export interface NoticeDraft extends DocumentCommon {
  kind: 'notice';
  wenhao: string | null;
  wenhaoPrinted: string | null;
  docType: string;
  addressees: string | null;
  enclosedTitle: string | null;
  printedDate: string | null;
  printedBy: string | null;
  publicRelease: boolean;
  statusLine: string | null;
  validity: '有效' | '已废止';
  effectiveDate: string | null;
  effectiveText: string | null;
  /** What the effective date follows from: a printed date, the publication or the 印发 date. */
  effectiveBasis: 'date' | 'publication' | 'printing' | null;
  repeals: RelatedDraft[];
  repealedBy: RelatedDraft[];
  /** Wenhao-or-title key of the parent notice for forwarded documents; resolved to a slug later. */
  parent: string | null;
  attachments: AttachmentDraft[];
}

export interface GlossaryEntryDraft {
  /** Position in the printed list (1…n, after merging stray numbers). */
  seq: number;
  /** Number as printed. */
  printedNo: number;
  /** The entry's heading as printed (may name two terms). */
  heading: string;
  /** The single terms the heading names. */
  terms: string[];
  definition: string;
  lines: LineRange;
}

export interface ReportDraft extends DocumentCommon {
  kind: 'report';
  reportKind: '政府工作报告' | '督查报告' | '其他报告';
  year: number;
  deliveredDate: string | null;
  dateNote: string | null;
  speaker: { name: string; office: string | null } | null;
  meeting: string | null;
  addressees: string | null;
  period: string | null;
  glossary: GlossaryEntryDraft[];
  /** Who issued the glossary (a closing line such as …秘书处 2021 年 1 月), when printed. */
  glossaryIssuer: string | null;
}

export type DocumentDraft = NoticeDraft | ReportDraft;

export interface ContentsEntryDraft {
  section: string | null;
  title: string;
  page: number | null;
  /** Index into StructuredExport.documents. */
  documentIndex: number | null;
}

export interface GazetteDraft {
  name: string;
  year: number;
  issue: number;
  cumulative: number | null;
  publishedDate: string | null;
  notBefore: string | null;
  publisher: string | null;
  pages: [number, number] | null;
  contents: ContentsEntryDraft[];
  contentsPrinted: boolean;
  colophon: Record<string, string>;
  lines: LineRange;
  notes: RepairNote[];
}

/** Everything stage 2 found in one export. */
export interface StructuredExport {
  file: string;
  style: string;
  gazette: GazetteDraft | null;
  documents: DocumentDraft[];
  /** Warnings not tied to one document. */
  warnings: RepairNote[];
}
