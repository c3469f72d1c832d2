/**
 * Issues of 重庆市沙坪坝区人民政府公报: the `gazettes` collection.
 */
import { z } from 'astro/zod';
import { importNote, incompleteMark, importSource, isoDate, sectionLabel, type RefFn } from './common.ts';

/** One line of the printed table of contents. */
export const contentsEntry = (ref: RefFn) =>
  z
    .object({
      /** Section label printed above the entry in the contents, if any. */
      section: sectionLabel.nullable().default(null),
      /** Title as printed in the contents (fragments joined, dot leaders removed). */
      title: z.string().min(1),
      /** Printed page number; null when the issue has no contents page. */
      page: z.number().int().positive().nullable().default(null),
      /** The report the entry points to. */
      report: ref('reports').nullable().default(null),
      /** The numbered document the entry points to. */
      notice: ref('notices').nullable().default(null),
      /** True when the export held no text for this entry and it was imported with --accept-incomplete: it points to nothing. */
      absent: z.literal(true).optional(),
    })
    .refine((e) => (e.absent ? !e.report && !e.notice : Boolean(e.report) !== Boolean(e.notice)), {
      message: '目录条目须且只能指向一个文件：report 或 notice（导出文本中缺失的条目写 absent: true，不指向文件）',
    });

export const gazetteSchema = (ref: RefFn) =>
  z.object({
    /** Name of the publication as printed, e.g. 重庆市沙坪坝区人民政府公报. */
    name: z.string().min(2),
    /** Year of the issue. */
    year: z.number().int().min(1949).max(2100),
    /** Issue number within the year (第N期). */
    issue: z.number().int().positive(),
    /** Cumulative number (总第N期), when printed. */
    cumulative: z.number().int().positive().nullable().default(null),
    /** Publication date from the cover (出版); never derived from the documents. */
    publishedDate: isoDate.nullable().default(null),
    /** Earliest possible publication date inferred from the contents, when the cover date is missing. */
    notBefore: isoDate.nullable().default(null),
    /** Publisher from the cover. */
    publisher: z.string().nullable().default(null),
    /** First and last printed pages covered by the export, when known. */
    pages: z.tuple([z.number().int().positive(), z.number().int().positive()]).nullable().default(null),
    /** Table of contents in printed order (or in body order when no contents page was printed). */
    contents: z.array(contentsEntry(ref)).default([]),
    /** True when the contents above were printed; false when rebuilt from the body order. */
    contentsPrinted: z.boolean().default(true),
    /** Colophon fields (主管单位, 主办单位, 地址…), labels without spaces. */
    colophon: z.record(z.string(), z.string()).default({}),
    /** Where the importer read it. */
    source: importSource.optional(),
    /** Repairs made while importing, for review. */
    importNotes: z.array(importNote).default([]),
    /** Set only when the export ended inside this entry and the webmaster accepted it (--accept-incomplete). */
    incomplete: z.array(incompleteMark).optional(),
  });
