/**
 * Forms in a hard-wrapped export (备案表, 复垦表…): an attachment whose lines
 * are mostly short fragments and carry the marks of a form — fill-in blanks
 * left as lone spaces (`〔20 〕第 号`, `年 月 日`), `□`, `××`, one-character
 * vertical labels, letter-spaced labels, signature slots. Such an attachment
 * is one `preformatted` block of its printed lines (after its title), never
 * re-joined and never guessed into a table. Templates of full-width clauses
 * (协议 texts) do not qualify: their clauses join like prose.
 */
import type { SourceBlock } from '../types.ts';
import { isAttachmentLine, isLabelLine, isPrintedLine } from '../vocabulary/document-lines.ts';
import { isSignatureLine } from '../vocabulary/organisations.ts';
import { emWidth } from './source-line.ts';

/** One printed line of the export (page-start space already stripped). */
export interface PrintedLine {
  line: number;
  text: string;
}

/** Share of signal lines that makes an attachment a form. */
const MIN_SIGNAL_SHARE = 0.15;
const MIN_SIGNALS = 5;
/** Share of short lines (under 60% of the margin) a form has at least. */
const MIN_SHORT_SHARE = 0.5;

/** Does a printed line carry a mark of a form? */
export function isFormSignal(text: string): boolean {
  const t = text.trim();
  return (
    /[□☐]|××|（\s*签[字章]\s*）|（[^）]{0,4}盖章）/.test(t) ||
    /(^|\s)年 月 日/.test(t) ||
    /[〔（(]\d{0,2} [〕）)]|：\s+。|第 号/.test(t) ||
    /^\p{Script=Han}{1,2}$/u.test(t) ||
    /^\p{Script=Han}(?: \p{Script=Han}){2,}/u.test(t)
  );
}

/** Is this run of printed lines a form? */
export function looksLikeForm(lines: PrintedLine[], margin: number): boolean {
  if (lines.length === 0) return false;
  const signals = lines.filter((l) => isFormSignal(l.text)).length;
  const short = lines.filter((l) => emWidth(l.text) < margin * 0.6).length;
  return (
    signals >= MIN_SIGNALS && signals >= lines.length * MIN_SIGNAL_SHARE && short >= lines.length * MIN_SHORT_SHARE
  );
}

function endsAttachment(block: SourceBlock): boolean {
  return (
    isAttachmentLine(block.text) ||
    isPrintedLine(block.text) ||
    isLabelLine(block.text) ||
    (block.pageStart === true && isSignatureLine(block.text))
  );
}

/** Replaces the body of every attachment that is a form by one preformatted block. */
export function markForms(blocks: SourceBlock[], printed: PrintedLine[], margin: number): SourceBlock[] {
  const out: SourceBlock[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    out.push(block);
    i++;
    if (block.kind !== 'text' || !/^附件[\s\u3000]*\d*$/.test(block.text)) continue;
    let end = i;
    while (end < blocks.length && blocks[end].kind === 'text' && !endsAttachment(blocks[end])) end++;
    // The title: one block, two when it wraps (a full first line, or a （…） second line).
    let start = i;
    if (start < end && !isFormSignal(blocks[start].text)) start++;
    const wrapped = start > i && (emWidth(blocks[i].text) >= margin * 0.75 || /^[（(]/.test(blocks[start]?.text ?? ''));
    if (wrapped && start < end && !isFormSignal(blocks[start].text)) start++;
    if (start >= end) continue;
    const [first, last] = [blocks[start].lines[0], blocks[end - 1].lines[1]];
    const lines = printed.filter((p) => p.line >= first && p.line <= last);
    if (!looksLikeForm(lines, margin)) continue;
    out.push(...blocks.slice(i, start));
    const rawLines = lines.map((l) => l.text);
    out.push({ ...blocks[start], kind: 'preformatted', text: rawLines.join('\n'), rawLines, lines: [first, last] });
    i = end;
  }
  return out;
}
