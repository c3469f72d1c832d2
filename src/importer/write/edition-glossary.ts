/**
 * A report's 名词解释 across its editions: each glossary definition keeps the
 * canonical edition's text, and `editions` lists the wording of every other
 * edition whose definition says something else (compared by wording, so an
 * export style's spacing or emphasis is not a different definition).
 */
import type { Definition } from './glossary-entries.ts';
import { termKey } from './glossary-entries.ts';
import type { EditionPlacement } from './edition-plan.ts';
import type { VirtualEntry } from './virtual-entry.ts';
import type { ReportDraft } from '../structure/model.ts';
import { wordingOf } from '../../lib/editions/wording.ts';

interface AltText {
  edition: string;
  text: string;
}
type EditionDefinition = Definition & { editions?: AltText[] };

/** Sets (or clears, when the wording is the same) the text `edition` gives a definition. */
export function setAlternative(def: EditionDefinition, edition: string, text: string): void {
  const others = (def.editions ?? []).filter((a) => a.edition !== edition);
  if (wordingOf(text) !== wordingOf(def.text)) others.push({ edition, text });
  others.sort((a, b) => a.edition.localeCompare(b.edition));
  if (others.length) def.editions = others;
  else delete def.editions;
}

/**
 * After a new canonical edition replaced `old` by `next`: the old text becomes the displaced
 * edition's alternative, and the other editions' alternatives are kept.
 */
export function carryAlternatives(old: EditionDefinition | undefined, next: EditionDefinition, p: EditionPlacement) {
  if (!old) return;
  next.editions = (old.editions ?? []).filter((a) => a.edition !== p.editionId);
  if (!next.editions.length) delete next.editions;
  if (p.displacedId) setAlternative(next, p.displacedId, old.text);
}

/** A non-canonical edition's definitions: recorded as alternatives where their wording differs. */
export function placeEditionGlossary(
  state: Map<string, VirtualEntry>,
  draft: ReportDraft,
  reportSlug: string,
  edition: string,
  file: string,
): string[] {
  const listed: string[] = [];
  for (const entry of draft.glossary) {
    for (const term of entry.terms) {
      const target = [...state.values()].find(
        (v) => v.collection === 'glossary' && typeof v.data.term === 'string' && termKey(v.data.term) === termKey(term),
      );
      const def = (target?.data.definitions as EditionDefinition[] | undefined)?.find((d) => d.report === reportSlug);
      if (!target || !def) continue;
      setAlternative(def, edition, entry.definition);
      target.touched = true;
      target.sources.add(file);
      if (!listed.includes(target.slug)) listed.push(target.slug);
    }
  }
  return listed;
}
