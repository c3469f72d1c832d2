/**
 * Building blocks shared by every collection schema.
 *
 * Schemas are written as factories that take a `ref` function, so the same
 * definitions serve Astro (which passes `reference` from astro:content) and the
 * stand-alone content checker (which passes `plainReference`).
 */
import { z } from 'astro/zod';
import { normaliseWenhao } from '../lib/wenhao.ts';
import type { CollectionKey } from './collections.ts';

/** A reference as resolved by Astro: the target collection and entry id. */
export interface EntryRef {
  collection: string;
  id: string;
}

/** Builds the schema of a reference to an entry of `collection`. */
export type RefFn = (collection: CollectionKey) => z.ZodType<EntryRef, any>;

/** Reference schema for use outside Astro: accepts an entry id, yields `{ collection, id }` like Astro does. */
export const plainReference: RefFn = (collection) =>
  z
    .string({ error: `应为“${collection}”集合中条目的 id（字符串）` })
    .min(1)
    .transform((id) => ({ collection, id }));

/** A calendar date written YYYY-MM-DD (YAML dates are accepted and converted back to that form). */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: '应为日期，格式 YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '应为日期，格式 YYYY-MM-DD，例如 2025-03-05', abort: true })
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      {
        message: '不是存在的日期（请检查月份和日）',
      },
    ),
);

/** A 文号 in any common form, normalised to 沙府发〔2025〕8号. */
export const wenhao = z.string({ error: '应为文号（字符串）' }).transform((text, ctx) => {
  const normal = normaliseWenhao(text);
  if (!normal) {
    ctx.addIssue({
      code: 'custom',
      message: `“${text}”不是有效的文号：应为 发文机关代字〔年份〕序号号，例如 沙府发〔2025〕8号`,
    });
    return z.NEVER;
  }
  return normal;
});

/** A repair or warning recorded by the importer, kept so that a reviewer can check it. */
export const importNote = z.object({
  /** 1-based line of the source export the note refers to. */
  line: z.number().int().positive().nullable(),
  /** What kind of repair or warning: join, debris, reorder, fill-down, flag… */
  kind: z.string().min(1),
  /** Human-readable description, quoting the affected text. */
  note: z.string().min(1),
});

/**
 * Where an export accepted with --accept-incomplete stops inside this entry:
 * the page tells readers that the published text is incomplete.
 */
export const incompleteMark = z.object({
  /** 1-based source line where the export's text stops. */
  line: z.number().int().positive(),
  /** What is missing, quoting where the text stops. */
  missing: z.string().min(1),
});

/** Where an entry came from: the export file and the line range it occupied. */
export const importSource = z.object({
  /** File name of the export (no directory). */
  file: z.string().min(1),
  /** First and last 1-based source lines of the entry. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** Export style detected by the importer. */
  style: z.enum(['pdf', 'hard-wrapped', 'word']).optional(),
});

/** Section label of the gazette (区政府文件, 区政府办公室发文…), stored without 【】 and spaces. */
export const sectionLabel = z
  .string()
  .transform((s) => s.replace(/[【】\s\u3000]/g, ''))
  .pipe(z.string().min(1, '栏目名称不能为空'));
