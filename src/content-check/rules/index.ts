/** The cross-entry rules, in the order their messages are listed. */
import type { Rule } from '../context.ts';
import { dateOrder } from './date-order.ts';
import { duplicateIds } from './duplicate-ids.ts';
import { editionFiles } from './editions.ts';
import { figureSources } from './figure-sources.ts';
import { gazetteContents } from './gazette-contents.ts';
import { glossaryDefinitions } from './glossary-definitions.ts';
import { glossaryTerms } from './glossary-terms.ts';
import { mutualRelations } from './mutual-relations.ts';
import { noticeSlug } from './notice-slug.ts';
import { references } from './references.ts';
import { relatedWenhao } from './related-wenhao.ts';
import { repealedHasRepealer } from './repealed-has-repealer.ts';
import { uniqueWenhao } from './unique-wenhao.ts';
import { wenhaoPrinted } from './wenhao-printed.ts';

export const RULES: readonly Rule[] = [
  duplicateIds,
  uniqueWenhao,
  wenhaoPrinted,
  noticeSlug,
  references,
  dateOrder,
  repealedHasRepealer,
  mutualRelations,
  relatedWenhao,
  glossaryTerms,
  glossaryDefinitions,
  gazetteContents,
  figureSources,
  editionFiles,
];
