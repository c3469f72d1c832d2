/**
 * Targets (预期目标) and results of one indicator: the `indicators` data
 * collection, one YAML file per indicator (content/indicators/<id>.yaml).
 *
 * An observation stores only what was printed and where: its text, the printed
 * words that set its period, and its source paragraph or table row. Values,
 * qualifiers, periods, ranks and statuses are read from that text by
 * src/lib/targets/ and checked against the imported document by
 * `npm run check` (rule figure-sources) and tests/targets/.
 */
import { z } from 'astro/zod';
import type { RefFn } from './common.ts';

/** Where a figure was printed: a paragraph (p-N) or a row of the table under a heading. */
export const figureSource = (ref: RefFn) =>
  z
    .object({
      /** Report the figure was printed in. */
      report: ref('reports').nullable().default(null),
      /** Notice the figure was printed in. */
      notice: ref('notices').nullable().default(null),
      /** Paragraph anchor (p-12), or the id of the heading above the table when `row` is given. */
      anchor: z.string().min(1, '来源锚点不能为空'),
      /** 1-based body row of the first table under the heading `anchor`; omit for a paragraph. */
      row: z.number().int().positive().nullable().default(null),
    })
    .refine((s) => (s.report === null) !== (s.notice === null), {
      message: '来源应指明 report 或 notice 之一（且只能一个）',
    })
    .refine((s) => s.row !== null || /^p-\d+$/.test(s.anchor), {
      message: '段落锚点应写作 p-数字（如 p-12）；表格行请同时给出 row',
      path: ['anchor'],
    });

export const observation = (ref: RefFn) =>
  z.object({
    /** target (目标) or result (结果). */
    type: z.enum(['target', 'result'], { error: '类型应为 target（目标）或 result（结果）' }),
    /** The figure exactly as printed, a substring of the source paragraph or table row (spaces included). */
    text: z.string().min(1, '原文不能为空'),
    /**
     * Printed words that set the period, e.g. 今年, 预计2021年, “十三五”期末: each must occur in the source
     * paragraph or table (header included), or in the paragraph `contextAnchor` when given.
     */
    context: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.string().min(1))).default([]),
    /** Paragraph (p-N) whose words `context` quotes, when not the source paragraph (a list under a lead-in). */
    contextAnchor: z
      .string()
      .regex(/^p-\d+$/, '段落锚点应写作 p-数字')
      .nullable()
      .default(null),
    /** Where it was printed. */
    source: figureSource(ref),
    /** A note for readers on this figure (Chinese), e.g. why it is not like-for-like. */
    note: z.string().min(1).nullable().default(null),
  });

export const indicatorSchema = (ref: RefFn) =>
  z.object({
    /** Chinese name, e.g. 地区生产总值增速. */
    name: z.string().min(1),
    /** Short English gloss. */
    nameEn: z.string().min(1),
    /** Unit values are shown in: %, 亿元, 天, 万平方米… (printed figures are converted to it). */
    unit: z.string().min(1),
    /** growth: a rate of change (增长x%); level: an amount (达x亿元, x天); qualitative: worded targets only. */
    measure: z.enum(['growth', 'level', 'qualitative']),
    /** Which direction counts as good. */
    goodDirection: z.enum(['up', 'down']),
    /** Position in tables and charts (1 first). */
    order: z.number().int().positive(),
    /** main: one of a work report's 主要预期目标; other: a task-level or five-year target, or a result measuring one. */
    tier: z.enum(['main', 'other']).default('main'),
    /**
     * Printed names of the indicator, each mapped to a definition key; two figures compare only under the same key.
     * `…` stands for any words (拆除…违法建筑 matches 拆除150万平方米违法建筑).
     */
    labels: z.record(z.string().min(1), z.string().min(1)).refine((l) => Object.keys(l).length > 0, '至少要有一个名称'),
    /** Notes for readers (Chinese): changes of definition, what is not like-for-like. */
    notes: z.array(z.string().min(1)).default([]),
    /** Targets and results, any order. */
    observations: z.array(observation(ref)).default([]),
  });
