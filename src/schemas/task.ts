/**
 * Key tasks (重点工作任务) as a supervision report tracks them: the `tasks`
 * data collection, one YAML file per task, generated from the report's tables
 * by scripts/build-tasks.ts (never edited by hand: re-run the script).
 */
import { z } from 'astro/zod';
import type { RefFn } from './common.ts';

/** A numeric target in the task text and what the progress text says was achieved. */
export const taskMeasure = z.object({
  /** What is measured, in Chinese, e.g. 社区健身点. */
  label: z.string().min(1),
  /** Unit the two figures are compared in. */
  unit: z.string().min(1),
  /** Target figure as printed in the task cell. */
  target: z.string().min(1),
  /** Achieved figure as printed in the progress cell. */
  achieved: z.string().min(1),
  /** A note for readers (Chinese), e.g. when the two texts measure different things. */
  note: z.string().min(1).nullable().default(null),
});

export const taskSchema = (ref: RefFn) =>
  z.object({
    /** Year the task belongs to. */
    year: z.number().int().min(1949).max(2100),
    /** Report the task is tracked in. */
    report: ref('reports'),
    /** Id of the heading above the table (附件…), the anchor a citation uses. */
    anchor: z.string().min(1),
    /** Attachment number as printed (附件2 → 2). */
    attachment: z.number().int().positive(),
    /** Row of the task in that table (1-based), equal to its printed or position 序号. */
    row: z.number().int().positive(),
    /** The office's label for the task's progress, as the attachment title prints it: 正常推进 or 推进较为滞后. */
    officeStatus: z.enum(['正常推进', '推进较为滞后']),
    /** Category (the work report's run-in head), filled down where the table merges cells. */
    category: z.string().min(1),
    /** The task as printed. */
    task: z.string().min(1),
    /** Responsible district leaders, name padding removed (陈  英 → 陈英). */
    leaders: z.array(z.string().min(1)).default([]),
    /** Responsible units, one per printed line. */
    units: z.array(z.string().min(1)).default([]),
    /** Co-operating units, one per printed line. */
    partners: z.array(z.string().min(1)).default([]),
    /** Progress as printed, split into its numbered items (①…); text before the first marker is the first item. */
    progress: z.array(z.string().min(1)).default([]),
    /** Numeric targets with an achieved figure, where the texts give both. */
    measures: z.array(taskMeasure).default([]),
  });
