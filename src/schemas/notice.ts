/**
 * Numbered documents (通知, 通告, 公告, 决定, 意见…): the `notices` collection.
 */
import { z } from 'astro/zod';
import { isoDate, wenhao, type RefFn } from './common.ts';
import { documentBase } from './document.ts';

/** 文种 of the 党政机关公文 rules, plus the kinds of enclosed documents printed on their own. */
export const DOC_TYPES = [
  '通知',
  '通告',
  '公告',
  '决定',
  '意见',
  '实施意见',
  '报告',
  '批复',
  '函',
  '命令',
  '决议',
  '公报',
  '议案',
  '请示',
  '纪要',
  '方案',
  '办法',
  '规定',
  '规划',
  '计划',
  '要点',
  '预案',
  '细则',
  '清单',
  '名录',
] as const;

/** Validity statuses (有效性) shown on every document page. */
export const VALIDITY = ['有效', '已修订', '已废止', '失效', '未生效'] as const;

/** A document another document repeals or amends; it may not be on this site. */
export const relatedDocument = (ref: RefFn) =>
  z
    .object({
      /** 文号 of the related document, normalised. */
      wenhao: wenhao.nullable().default(null),
      /** Title when printed. */
      title: z.string().nullable().default(null),
      /** The entry on this site, when it is here. */
      document: ref('notices').nullable().default(null),
    })
    .refine((d) => d.wenhao || d.title || d.document, { message: '相关文件须至少写明文号、标题或站内条目之一' });

/** An attachment (附件) as printed after the document body. */
export const attachment = z.object({
  /** 附件 number as printed (附件3 → 3); null for a single unnumbered 附件. */
  number: z.number().int().positive().nullable(),
  /** Title printed above the attachment. */
  title: z.string().min(1),
  /** Title as given in the 附件： list, when it differs from the printed one. */
  listedTitle: z.string().nullable().default(null),
  /** False when the export lost its content (an image or flowchart): the page shows a placeholder. */
  contentPresent: z.boolean(),
  /** Anchor of the attachment heading in the document body. */
  anchor: z.string().nullable().default(null),
});

export const noticeSchema = (ref: RefFn) =>
  documentBase(ref).extend({
    /** 文号, normalised (沙府发〔2025〕8号); null for the rare document printed without one. */
    wenhao: wenhao.nullable().default(null),
    /** 文号 exactly as printed, for faithfulness. */
    wenhaoPrinted: z.string().nullable().default(null),
    /** 文种 of the document itself (a 印发 notice is a 通知). */
    docType: z.enum(DOC_TYPES, { error: `文种应为以下之一：${DOC_TYPES.join('、')}` }),
    /** 主送 line without its final colon, e.g. 各镇人民政府、各街道办事处，区政府各部门. */
    addressees: z.string().nullable().default(null),
    /** Title of the document a 印发/转发 notice encloses. */
    enclosedTitle: z.string().nullable().default(null),
    /** 印发 date from the closing 印发 line, when printed. */
    printedDate: isoDate.nullable().default(null),
    /** Office named in the 印发 line. */
    printedBy: z.string().nullable().default(null),
    /** True when the document carries （此件公开发布）. */
    publicRelease: z.boolean().default(false),
    /** The status line exactly as printed, e.g. （本文有删减）. */
    statusLine: z.string().nullable().default(null),
    /** 有效性. */
    validity: z.enum(VALIDITY, { error: `有效性应为以下之一：${VALIDITY.join('、')}` }).default('有效'),
    /** Date the document takes effect, when printed or implied (自发布之日起施行 → publication date). */
    effectiveDate: isoDate.nullable().default(null),
    /** The clause that sets the effective date, as printed. */
    effectiveText: z.string().nullable().default(null),
    /** Documents this one repeals (…同时废止). */
    repeals: z.array(relatedDocument(ref)).default([]),
    /** Documents this one amends. */
    amends: z.array(relatedDocument(ref)).default([]),
    /** Documents that repeal this one (on the site or named by 文号). */
    repealedBy: z.array(relatedDocument(ref)).default([]),
    /** Documents that amend this one. */
    amendedBy: z.array(relatedDocument(ref)).default([]),
    /** The notice this document is forwarded or enclosed in, for nested documents. */
    parent: ref('notices').nullable().default(null),
    /** Attachments in printed order. */
    attachments: z.array(attachment).default([]),
  });

export type NoticeData = z.output<ReturnType<typeof noticeSchema>>;
