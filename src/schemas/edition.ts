/**
 * Editions: a text published more than once (put online when delivered,
 * printed later in the gazette) is one document with several editions.
 * The document's frontmatter lists every edition (`editions`); the canonical
 * edition's text is the entry's own body, every other edition's text is an
 * entry of the `editions` collection at
 * content/editions/<collection>/<document id>/<edition id>.mdx, an MDX file
 * like any other whose frontmatter names the document and the edition.
 */
import { z } from 'astro/zod';
import { importNote, importSource, isoDate, type RefFn } from './common.ts';

/** An edition's id: lower-case letters, digits and hyphens (gazette, online, online-2). */
export const editionId = z
  .string({ error: '版本标识应为字符串' })
  .regex(/^[a-z][a-z0-9-]*$/, '版本标识只能由小写字母、数字和连字符组成，并以字母开头，例如 gazette、online');

/** One edition as the document lists it. */
export const editionRef = z.object({
  /** Edition id, unique within the document; names the edition's file when it is not canonical. */
  id: editionId,
  /** What readers are shown, e.g. 公报印刷版, 网上公开版. */
  label: z.string({ error: '版本名称应为字符串' }).min(1, '版本名称不能为空'),
  /** True for exactly one edition: the one whose text is the entry's body (the webmaster's choice). */
  canonical: z.boolean().default(false),
  /** Where the importer read this edition. */
  source: importSource,
  /** Date this edition was published, where known. */
  publishedDate: isoDate.nullable().default(null),
});

/** The `editions` field of a document: every edition, canonical one included, in the order imported. */
export const editionList = z
  .array(editionRef)
  .min(2, '版本列表至少要有两个版本（只有一个版本时不写 editions）')
  .refine((list) => list.filter((e) => e.canonical).length === 1, {
    message: '版本列表中应有且只有一个正式版本（canonical: true）',
  })
  .refine((list) => new Set(list.map((e) => e.id)).size === list.length, { message: '版本标识不能重复' });

/** A non-canonical edition's text: the `editions` collection. */
export const editionSchema = (_ref: RefFn) =>
  z.object({
    /** The document this is an edition of: <collection>/<id>, e.g. reports/work-report-2022. */
    document: z
      .string({ error: '应写明所属文件，如 reports/work-report-2022' })
      .regex(/^(reports|notices)\/[^/\s]+$/, '所属文件应写作 reports/<id> 或 notices/<id>'),
    /** The edition's id, as the document's `editions` list gives it. */
    edition: editionId,
    /** Repairs the importer made to this edition's text, for review. */
    importNotes: z.array(importNote).default([]),
  });

export type EditionRef = z.output<typeof editionRef>;
