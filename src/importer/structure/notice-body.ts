/**
 * The body of one numbered document in printed order: its own text, the
 * enclosed document under its title, then each attachment under a 附件
 * heading — an attachment the export lost (a figure) becomes a placeholder,
 * recorded as a repair.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import type { AttachmentDraft, BodyNode } from './model.ts';
import type { NoticeLayout } from './notice-layout.ts';
import { buildBody } from './body.ts';
import { matchPrintedLine } from '../vocabulary/document-lines.ts';

export function assembleNoticeBody(
  blocks: SourceBlock[],
  layout: NoticeLayout,
  notes: RepairNote[],
  flatTables: boolean,
): { body: BodyNode[]; attachments: AttachmentDraft[] } {
  const { headerEnd, ownEnd, enclosed, spans, tailEnd, listedTitles } = layout;
  const body: BodyNode[] = [];
  const heads = new Set<string>();
  const addBody = (from: number, to: number) => {
    const built = buildBody(blocks.slice(from, to), { baseLevel: 3, heads, flatTables });
    body.push(...built.nodes);
    notes.push(...built.notes);
  };
  addBody(headerEnd, ownEnd);
  if (enclosed) {
    body.push({
      type: 'heading',
      level: 2,
      text: enclosed.title,
      lines: [blocks[enclosed.start].lines[0], blocks[enclosed.end - 1].lines[1]],
    });
    addBody(enclosed.end, spans[0]?.at ?? tailEnd);
  } else addBody(ownEnd, spans[0]?.at ?? tailEnd);
  const attachments = spans.map((span, k) => {
    const label = `附件${span.number ?? ''}`;
    const heading = span.title ? `${label}\u3000${span.title}` : label;
    body.push({ type: 'heading', level: 2, text: heading, lines: blocks[span.at].lines });
    const content = blocks
      .slice(span.contentStart, span.end)
      .filter((b) => !(b.kind === 'text' && matchPrintedLine(b.text)));
    const present = content.some((b) => b.kind !== 'text' || b.text.trim() !== '');
    if (!present) {
      body.push({ type: 'missing-figure', title: span.title || label, lines: blocks[span.at].lines });
      notes.push({
        line: blocks[span.at].lines[0],
        kind: 'flag',
        note: `${label}“${span.title}”在导出文件中没有内容（图片或流程图缺失），以占位符代替`,
      });
    }
    addBody(span.contentStart, span.end);
    return {
      number: span.number,
      title: span.title || label,
      listedTitle: listedTitles[k],
      contentPresent: present,
      anchor: null,
    };
  });
  return { body, attachments };
}
