/**
 * 政府工作报告 and other reports (督查报告…): the `reports` collection.
 */
import { z } from 'astro/zod';
import { isoDate, type RefFn } from './common.ts';
import { documentBase } from './document.ts';

export const REPORT_KINDS = ['政府工作报告', '督查报告', '其他报告'] as const;

export const reportSchema = (ref: RefFn) =>
  documentBase(ref).extend({
    /** What kind of report. */
    kind: z.enum(REPORT_KINDS, { error: `报告类型应为以下之一：${REPORT_KINDS.join('、')}` }),
    /** The year the report plans for (a work report) or reviews (a supervision report). */
    year: z.number().int().min(1949).max(2100),
    /** Date the report was delivered (from its subtitle); null when undated. */
    deliveredDate: isoDate.nullable().default(null),
    /** A note on dating when the report prints no date, e.g. 未注明日期，据文中内容推断成文于2022年10月下旬以后. */
    dateNote: z.string().nullable().default(null),
    /** Speaker or author. */
    speaker: z
      .object({
        /** Name without letter-spacing, e.g. 常斌. */
        name: z.string().min(1),
        /** Office, e.g. 重庆市沙坪坝区人民政府区长. */
        office: z.string().nullable().default(null),
      })
      .nullable()
      .default(null),
    /** Meeting where it was delivered, e.g. 重庆市沙坪坝区第十九届人民代表大会第六次会议. */
    meeting: z.string().nullable().default(null),
    /** Addressee, for reports sent to a body (区政府). */
    addressees: z.string().nullable().default(null),
    /** Period reviewed, e.g. 2022年1—9月. */
    period: z.string().nullable().default(null),
    /** Glossary terms defined in the report's 名词解释, in printed order. */
    glossary: z.array(ref('glossary')).default([]),
  });

export type ReportData = z.output<ReturnType<typeof reportSchema>>;
