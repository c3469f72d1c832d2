/**
 * Targets (预期目标) and results for one indicator: the `indicators` data collection.
 * The targets issue refines this; here the shape needed by pages and checks.
 */
import { z } from 'astro/zod';
import type { RefFn } from './common.ts';

/** Where a figure was printed: the document and the anchor of its paragraph. */
export const figureSource = (ref: RefFn) =>
  z.object({
    /** Report the figure comes from. */
    report: ref('reports').nullable().default(null),
    /** Notice the figure comes from. */
    notice: ref('notices').nullable().default(null),
    /** Paragraph anchor within that document, e.g. p-12. */
    anchor: z.string().nullable().default(null),
  });

export const observation = (ref: RefFn) =>
  z.object({
    /** Year the figure is about. */
    year: z.number().int(),
    /** target or result. */
    type: z.enum(['target', 'result']),
    /** Numeric value, or null for a qualitative target or result. */
    value: z.number().nullable().default(null),
    /** Upper end when a range is printed. */
    valueMax: z.number().nullable().default(null),
    /** Qualifier as printed: 左右, 以上, 保持正增长… */
    qualifier: z.string().nullable().default(null),
    /** Period a result covers: 全年, 预计全年, 1-9月… */
    period: z.string().nullable().default(null),
    /** The text exactly as printed. */
    text: z.string().min(1),
    /** Ranking if printed, e.g. 主城区第4名. */
    rank: z.string().nullable().default(null),
    /** Adjusted value if printed (扣除留抵退税因素后…). */
    adjusted: z.number().nullable().default(null),
    /** Source of the figure. */
    source: figureSource(ref),
  });

export const indicatorSchema = (ref: RefFn) =>
  z.object({
    /** Chinese name, e.g. 地区生产总值增速. */
    name: z.string().min(1),
    /** Short English gloss. */
    nameEn: z.string().min(1),
    /** Unit of the values: %, 亿元, 天… */
    unit: z.string().min(1),
    /** Which direction counts as good. */
    goodDirection: z.enum(['up', 'down']),
    /** Targets and results, any order. */
    observations: z.array(observation(ref)).default([]),
  });

export type IndicatorData = z.output<ReturnType<typeof indicatorSchema>>;
