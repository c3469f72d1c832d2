/**
 * Repeal and amendment relations are stated on both sides when both documents
 * are on the site: A.repeals names B exactly when B.repealedBy names A (the
 * same for amends / amendedBy). A one-sided relation would show a banner on
 * one page and nothing on the other.
 */
import type { Rule } from '../context.ts';

type RelationField = 'repeals' | 'repealedBy' | 'amends' | 'amendedBy';

const INVERSE: Readonly<Record<RelationField, RelationField>> = {
  repeals: 'repealedBy',
  repealedBy: 'repeals',
  amends: 'amendedBy',
  amendedBy: 'amends',
};

const MEANING: Readonly<Record<RelationField, string>> = {
  repeals: '废止',
  repealedBy: '被废止',
  amends: '修订',
  amendedBy: '被修订',
};

export const mutualRelations: Rule = {
  name: 'mutual-relations',
  description: '站内两个文件之间的废止、修订关系在双方文件中一致',
  check(context) {
    for (const source of context.validOf('notices')) {
      for (const field of Object.keys(INVERSE) as RelationField[]) {
        for (const related of source.parsed[field]) {
          if (!related.document) continue;
          const target = context.find('notices', related.document.id);
          if (!target || target.id === source.id) continue;
          const inverse = INVERSE[field];
          if (target.parsed[inverse].some((item) => item.document?.id === source.id)) continue;
          context.error(
            target,
            [inverse],
            `${source.displayPath} 的 ${field}（${MEANING[field]}）列出了本文件，但本文件的 ${inverse} 中没有指向“${source.id}”：` +
              `两个文件都在站内时关系须双方一致，请在 ${inverse} 中加入 document: ${source.id}（或从对方的 ${field} 中删去本文件）`,
          );
        }
      }
    }
  },
};
