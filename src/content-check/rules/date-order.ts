/**
 * A document is signed before (or on the day) it is published and printed:
 * 成文日期 ≤ 发布日期 and 成文日期 ≤ 印发日期. Dates are YYYY-MM-DD after
 * validation, so they compare as text.
 */
import type { Rule } from '../context.ts';

const LATER_DATES = [
  { field: 'publishedDate', label: '发布日期' },
  { field: 'printedDate', label: '印发日期' },
] as const;

export const dateOrder: Rule = {
  name: 'date-order',
  description: '成文日期不晚于发布日期和印发日期',
  check(context) {
    for (const entry of [...context.validOf('notices'), ...context.validOf('reports')]) {
      const signed: string | null = entry.parsed.signedDate;
      if (!signed) continue;
      for (const { field, label } of LATER_DATES) {
        const later = (entry.parsed as Partial<Record<(typeof LATER_DATES)[number]['field'], string | null>>)[field];
        if (later && signed > later) {
          context.error(
            entry,
            ['signedDate'],
            `成文日期 ${signed} 晚于${label}（${field}）${later}：成文日期应不晚于${label}，请核对两个日期`,
          );
        }
      }
    }
  },
};
