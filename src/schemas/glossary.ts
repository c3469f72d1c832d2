/**
 * 名词解释 entries: the `glossary` collection, one MDX file per term.
 */
import { z } from 'astro/zod';
import type { RefFn } from './common.ts';
import { editionId } from './edition.ts';

/** One report's definition of the term. */
export const definition = (ref: RefFn) =>
  z.object({
    /** Report whose 名词解释 defines the term. */
    report: ref('reports'),
    /** Year of that report. */
    year: z.number().int().min(1949).max(2100),
    /** Number of the entry in the report's list, as printed (33. stays 33 even when 32 entries are listed). */
    number: z.number().int().positive(),
    /** The heading of the entry as printed, when it names more than this term (公民同招、民办摇号). */
    heading: z.string().nullable().default(null),
    /** Definition text as printed (in the report's canonical edition). */
    text: z.string().min(1, '释义不能为空'),
    /** The definition's wording in the report's other editions, where it differs. */
    editions: z
      .array(
        z.object({
          /** Edition id, as the report's `editions` list gives it. */
          edition: editionId,
          /** Definition text as that edition prints it. */
          text: z.string().min(1, '释义不能为空'),
        }),
      )
      .optional(),
  });

export const glossarySchema = (ref: RefFn) =>
  z.object({
    /** The term as printed, quotes included (“三变”改革). */
    term: z.string().min(1),
    /** Other spellings to recognise in text: without quotes, with other quote marks, letter-spacing removed. */
    variants: z.array(z.string().min(1)).default([]),
    /** Each report's definition, oldest first. */
    definitions: z.array(definition(ref)).min(1, '每个名词至少要有一条释义'),
    /** Terms whose definitions mention this one or that this one's definition mentions. */
    related: z.array(ref('glossary')).default([]),
  });
