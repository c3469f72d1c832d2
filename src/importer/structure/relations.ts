/**
 * Effective dates and repeal clauses, read from the document's own sentences:
 * `本通告自发布之日起施行，原通告（沙府发〔2019〕18号）同时废止。`
 */
import type { RelatedDraft } from './model.ts';
import { findWenhaos } from '../vocabulary/document-lines.ts';
import { parseChineseDate } from '../vocabulary/text.ts';
import { tidyTitle } from './title-block.ts';

export interface Validity {
  effectiveText: string | null;
  /** `printed`: a date is printed; `publication`/`printing`: the date follows from publication or printing. */
  effectiveBasis: 'date' | 'publication' | 'printing' | null;
  effectiveDate: string | null;
  repeals: RelatedDraft[];
}

const sentences = (text: string) => text.split(/(?<=[。！？])/);

/** Reads validity clauses from paragraphs (joined text of the document's body). */
export function readValidity(paragraphs: string[]): Validity {
  const result: Validity = { effectiveText: null, effectiveBasis: null, effectiveDate: null, repeals: [] };
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph)) {
      const flat = sentence.replace(/[\s\u3000]+/g, ' ');
      const effective = /本[\u4e00-\u9fa5]{1,6}?自\s*(.{1,24}?)\s*起\s*(?:施行|实施|执行|生效)/.exec(flat);
      if (effective && !result.effectiveText) {
        const clauseEnd = flat.indexOf('。', effective.index);
        result.effectiveText = tidyClause(
          flat.slice(effective.index, clauseEnd === -1 ? undefined : clauseEnd).split(/，(?:原|若|如)/)[0],
        );
        const when = effective[1];
        const date = parseChineseDate(when);
        if (date) {
          result.effectiveBasis = 'date';
          result.effectiveDate = date;
        } else if (/印发/.test(when)) result.effectiveBasis = 'printing';
        else if (/发布|公布|公告|颁布/.test(when)) result.effectiveBasis = 'publication';
      }
      if (/废止/.test(flat)) result.repeals.push(...repealsIn(flat));
    }
  }
  return result;
}

/** The documents a 废止 sentence names: each 文号 with the 《title》 printed just before it. */
function repealsIn(sentence: string): RelatedDraft[] {
  const upTo = sentence.lastIndexOf('废止');
  const part = sentence.slice(0, upTo);
  const found: RelatedDraft[] = [];
  for (const w of findWenhaos(part)) {
    const before = part.slice(0, w.index);
    const title = /《([^《》]+)》[\s（(]*$/.exec(before);
    found.push({ wenhao: w.normal, title: title ? tidyTitle(title[1]) : null, document: null });
  }
  if (!found.length) {
    for (const t of part.matchAll(/原《([^《》]+)》/g))
      found.push({ wenhao: null, title: tidyTitle(t[1]), document: null });
  }
  return found;
}

/** Spaces next to CJK characters are not significant in a quoted clause. */
function tidyClause(text: string): string {
  return text.trim().replace(/(?<=[\u4e00-\u9fa5])\s+|\s+(?=[\u4e00-\u9fa5])/g, '');
}
