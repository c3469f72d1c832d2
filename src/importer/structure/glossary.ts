/**
 * A work report's 名词解释: numbered entries `N. term：definition`. A numbered
 * line without `：` before its first `。` is not an entry but the rest of the
 * previous definition (a stray number in the print); it is appended and
 * logged, and the printed numbers are kept.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import type { GlossaryEntryDraft } from './model.ts';
import { compact } from '../vocabulary/text.ts';
import { stripBold } from './title-block.ts';

const ENTRY = /^[\s\u3000]*(\d{1,3})[.．、][\s\u3000]*(.*)$/s;

/** Parses entries from the blocks after the 名词解释 heading; stops at the first block that is not part of the list. */
export function readGlossary(blocks: SourceBlock[]): {
  entries: GlossaryEntryDraft[];
  used: number;
  notes: RepairNote[];
} {
  const entries: GlossaryEntryDraft[] = [];
  const notes: RepairNote[] = [];
  let used = 0;
  for (const block of blocks) {
    if (block.kind !== 'text') break;
    const text = stripBold(block.text).trim();
    const m = ENTRY.exec(text);
    const colon = text.search(/[：:]/);
    const stop = text.indexOf('。');
    const startsEntry = m && colon > 0 && (stop === -1 || colon < stop);
    if (startsEntry) {
      const body = m[2];
      const at = body.search(/[：:]/);
      const heading = body.slice(0, at).trim();
      entries.push({
        seq: entries.length + 1,
        printedNo: Number(m[1]),
        heading,
        terms: splitTerms(heading),
        definition: body.slice(at + 1).trim(),
        lines: [...block.lines] as [number, number],
      });
    } else if (m && entries.length) {
      const prev = entries.at(-1)!;
      prev.definition += m[2].trim();
      prev.lines[1] = block.lines[1];
      notes.push({
        line: block.lines[0],
        kind: 'join',
        note: `名词解释第 ${m[1]} 号不是新词条（“：”不在首个“。”之前），去掉印出的编号“${m[1]}.”后并入第 ${prev.printedNo} 条“${prev.heading}”的释义`,
      });
    } else if (
      entries.length &&
      !m &&
      !/^[\s\u3000]*\S+[\s\u3000]+(?:19|20)\d{2}\s*年/.test(text) &&
      text.length > 0 &&
      !/[。）)]$/.test(entries.at(-1)!.definition)
    ) {
      entries.at(-1)!.definition += text;
      entries.at(-1)!.lines[1] = block.lines[1];
      notes.push({
        line: block.lines[0],
        kind: 'join',
        note: `释义跨段续接：“${text.slice(0, 20)}…”并入第 ${entries.at(-1)!.printedNo} 条`,
      });
    } else break;
    used++;
  }
  return { entries, used, notes };
}

/** `公民同招、民办摇号` names two terms; quotes stay part of a term (“三变”改革). */
export function splitTerms(heading: string): string[] {
  const parts = heading
    .split('、')
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length > 1 && parts.every((p) => compact(p).length >= 2) ? parts : [heading.trim()];
}

/** Spellings to recognise in text: without quotes, with quotes, letter-spacing removed. */
export function termVariants(term: string): string[] {
  const bare = compact(term).replace(/[“”"]/g, '');
  const variants = new Set([bare, `“${bare}”`, compact(term)]);
  variants.delete(term);
  return [...variants].sort();
}
