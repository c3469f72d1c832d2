/**
 * Fields shared by every published document (notices and reports): the
 * 政府信息公开 metadata block, the gazette it was printed in and its provenance.
 */
import { z } from 'astro/zod';
import { importNote, incompleteMark, importSource, isoDate, sectionLabel, type RefFn } from './common.ts';
import { editionList } from './edition.ts';

export const documentBase = (ref: RefFn) =>
  z.object({
    /** Full title as printed, title lines joined without separators. */
    title: z.string().min(2, '标题不能为空'),
    /** Issuing body (发文机关) as named in the title or cover, e.g. 重庆市沙坪坝区人民政府. */
    issuer: z.string().min(2).nullable().default(null),
    /** Signature line when it differs from or stands in for the issuer (e.g. an office signing for the government). */
    signer: z.string().min(2).nullable().default(null),
    /** Signing date (成文日期); null when none is printed — never back-filled from another date. */
    signedDate: isoDate.nullable().default(null),
    /** Publication date (发布日期): the 印发 date where printed, else the gazette's date, else null. */
    publishedDate: isoDate.nullable().default(null),
    /** Gazette issue the document was printed in; null when the export had no gazette issue. */
    gazette: ref('gazettes').nullable().default(null),
    /** First printed page in that gazette, when known. */
    gazettePage: z.number().int().positive().nullable().default(null),
    /** Gazette section label (区政府文件…), without 【】. */
    section: sectionLabel.nullable().default(null),
    /** 主题分类: subject categories used for browsing. */
    topics: z.array(z.string().min(1)).default([]),
    /** One-sentence summary for lists and search results; generated from the first paragraph when absent. */
    summary: z.string().nullable().default(null),
    /** Where the importer read it. Absent for entries written by hand. */
    source: importSource.optional(),
    /** Every repair the importer made to the printed text, for review. */
    importNotes: z.array(importNote).default([]),
    /** Set only when the export ended inside this entry and the webmaster accepted it (--accept-incomplete). */
    incomplete: z.array(incompleteMark).optional(),
    /** Every edition when the text was published more than once (src/schemas/edition.ts); absent for one edition. */
    editions: editionList.optional(),
  });
