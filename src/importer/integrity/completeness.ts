/**
 * An export cut short (a failed copy, a half-downloaded file) ends inside a
 * document. Nothing in the file says so: the signs are at its end. The last
 * document of an export must end as a finished text does — a sentence with
 * its closing mark, a date, a signature, a table whose last row is whole —
 * a work report with its closing call, a notice with its signature or date,
 * a numbered list with more than its first item,
 * and every document listed in the gazette's contents must be in the body.
 */
import type { Problem } from '../types.ts';
import type { BodyNode, DocumentDraft, GazetteDraft, StructuredExport } from '../structure/model.ts';
import { cellLooksFinished, endsFinished, endsWithDate, tableEnding } from './endings.ts';
import { readMarker } from '../structure/numbering.ts';

/** What is missing from one document, for its refusal or (accepted) its page. */
export interface Incompleteness {
  /** Index into StructuredExport.documents; null for the gazette. */
  document: number | null;
  /** Source line where the text stops. */
  line: number;
  /** What is missing, in Chinese, quoting where the text stops. */
  missing: string;
}

const quote = (text: string) => `“…${[...text].slice(-20).join('')}”`;

function lastNode(doc: DocumentDraft): BodyNode | undefined {
  return doc.body.at(-1);
}

/** The problem with how one document's text ends, if its end is not a finished text's end. */
function endingProblem(doc: DocumentDraft): { line: number; missing: string } | null {
  const glossary = doc.kind === 'report' ? doc.glossary : [];
  const lastTerm = glossary.at(-1);
  const node = lastNode(doc);
  if (lastTerm && (!node || lastTerm.lines[1] >= node.lines[1])) {
    return endsFinished(lastTerm.definition)
      ? null
      : {
          line: lastTerm.lines[1],
          missing: `名词解释最后一条“${lastTerm.heading}”的释义在${quote(lastTerm.definition)}处中断`,
        };
  }
  if (!node) return { line: doc.lines[1], missing: '没有正文' };
  const line = node.lines[1];
  if (node.type === 'heading') return { line, missing: `正文在标题“${node.text}”之后就结束了，标题下的内容缺失` };
  if (node.type === 'table') {
    const caption = doc.body.findLast((n) => n.type === 'heading');
    const cut = tableEnding(node, caption?.type === 'heading' ? caption.text : '');
    return cut ? { line, missing: cut } : null;
  }
  if (node.type === 'preformatted') {
    const lastLine = node.text.trim().split('\n').at(-1) ?? '';
    return cellLooksFinished(lastLine) ? null : { line, missing: `最后的表单或原样文字在${quote(lastLine)}处中断` };
  }
  if (node.type !== 'paragraph') return null;
  if (!endsFinished(node.text) && !endsWithDate(node.text))
    return { line, missing: `最后一段在${quote(node.text)}处中断，没有句末标点` };
  return null;
}

/**
 * A list is never printed with one item: when the last numbered paragraph or heading is
 * item 1 (1. （一） ①…) of a nested list — a marker of another kind than the document's
 * first, top-level one — the text stopped after it, however whole its sentences are.
 * A document whose only section is 一、 stays acceptable: short notices are written so.
 */
function listProblem(doc: DocumentDraft): { line: number; missing: string } | null {
  const numbered = doc.body.flatMap((n) => {
    if (n.type !== 'paragraph' && n.type !== 'heading') return [];
    const marker = readMarker(n.text);
    return marker ? [{ text: n.text, marker }] : [];
  });
  const last = numbered.at(-1);
  if (!last || last.marker.value !== 1 || last.marker.family === numbered[0].marker.family) return null;
  const item = [...last.text.trim()].slice(0, 20).join('');
  return { line: doc.lines[1], missing: `编号列表在第 1 项“${item}…”之后就结束了，后面的条目缺失` };
}

/** A notice must carry its signature's date or the 印发 date and its last listed attachment; a work report its closing call. */
function closingProblem(doc: DocumentDraft): { line: number; missing: string } | null {
  const lastAttachment = doc.kind === 'notice' ? doc.attachments.at(-1) : undefined;
  if (lastAttachment && !lastAttachment.contentPresent) {
    return {
      line: doc.lines[1],
      missing: `附件目录列出的附件${lastAttachment.number ?? ''}“${lastAttachment.title}”不在导出文件中`,
    };
  }
  if (doc.kind === 'notice' && !doc.signedDate && !doc.printedDate)
    return { line: doc.lines[1], missing: '缺少落款和成文日期（也没有印发日期）' };
  if (doc.kind === 'report' && doc.reportKind === '政府工作报告') {
    const paragraphs = doc.body.filter((n) => n.type === 'paragraph' && !endsWithDate(n.text));
    const last = paragraphs.at(-1);
    if (!doc.glossary.length && last && last.type === 'paragraph' && !/[！!]$/.test(last.text.trim())) {
      return {
        line: last.lines[1],
        missing: `政府工作报告没有结束语（以“！”结尾的号召），正文停在${quote(last.text)}`,
      };
    }
  }
  return null;
}

/** Documents that end where the export ends: the last one and any nested one ending on the same line. */
function finalDocuments(docs: DocumentDraft[]): number[] {
  const end = Math.max(...docs.map((d) => d.lines[1]));
  return docs.flatMap((d, i) => (d.lines[1] === end ? [i] : []));
}

export function findIncomplete(structured: StructuredExport): Incompleteness[] {
  const found: Incompleteness[] = [];
  const docs = structured.documents;
  docs.forEach((d, i) => {
    if (!d.body.length && !(d.kind === 'report' && d.glossary.length))
      found.push({ document: i, line: d.lines[0], missing: '没有正文' });
  });
  for (const i of finalDocuments(docs)) {
    if (found.some((f) => f.document === i)) continue;
    const problem = endingProblem(docs[i]) ?? listProblem(docs[i]) ?? closingProblem(docs[i]);
    if (problem) found.push({ document: i, ...problem });
  }
  const g = structured.gazette;
  if (g) found.push(...contentsWithoutDocuments(g, docs, found));
  return found;
}

/**
 * Contents entries the body lacks. When they come after the last document in the body, the
 * export stopped there, and that document's own end cannot be trusted either.
 */
function contentsWithoutDocuments(g: GazetteDraft, docs: DocumentDraft[], found: Incompleteness[]): Incompleteness[] {
  const missing: Incompleteness[] = [];
  const lastListed = Math.max(-1, ...g.contents.flatMap((c, n) => (c.documentIndex !== null ? [n] : [])));
  for (const [n, entry] of g.contents.entries()) {
    if (entry.documentIndex !== null) continue;
    missing.push({
      document: null,
      line: g.lines[0],
      missing: `目录第 ${n + 1} 条“${entry.title}”${entry.page ? `（第 ${entry.page} 页）` : ''}在正文中没有对应的文件`,
    });
  }
  const last = lastListed >= 0 ? g.contents[lastListed].documentIndex! : null;
  const after = g.contents.slice(lastListed + 1).filter((c) => c.documentIndex === null).length;
  if (last !== null && after > 0 && !found.some((f) => f.document === last)) {
    missing.push({
      document: last,
      line: docs[last].lines[1],
      missing: `目录中此后还有 ${after} 个文件，导出文件却在本文件处结束，本文件的结尾可能缺失`,
    });
  }
  return missing;
}

/** The refusal lines for an export's incomplete documents. */
export function incompletenessProblems(file: string, structured: StructuredExport, found: Incompleteness[]): Problem[] {
  return found.map((f) => {
    const d = f.document === null ? null : structured.documents[f.document];
    const name = d ? `“${d.kind === 'notice' && d.wenhao ? d.wenhao : d.title}”` : '公报';
    return { file, line: f.line, message: `导出文件不完整：${name}${f.missing}` };
  });
}
