/**
 * A minimal stand-in for stage 1 on Word-derived exports (one paragraph per
 * line), used only while src/importer/read/ is being written. It removes
 * bookmarks and page footers and groups TAB-led cell lines into table blocks.
 */
import type { ReadResult, RepairNote, SourceBlock } from '../../../src/importer/types.ts';

export function readWordExport(text: string, file: string): ReadResult {
  const sourceLines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks: SourceBlock[] = [];
  const notes: RepairNote[] = [];
  let table: { raw: string[]; start: number; end: number; rowOpen: boolean } | null = null;
  const flush = () => {
    if (!table) return;
    blocks.push({ kind: 'table', text: table.raw.join('\n'), rawLines: table.raw, lines: [table.start, table.end] });
    table = null;
  };
  sourceLines.forEach((raw, i) => {
    const n = i + 1;
    let line = raw.replace(/\[bookmark: [^\]]*\]/g, '');
    if (line !== raw) notes.push({ line: n, kind: 'bookmark', note: `删除书签标记：${raw.match(/\[bookmark: [^\]]*\]/g)!.join('')}` });
    if (line !== raw && line.trim() === '') return;
    if (/^\s*—\s*\d+\s*—\s*$/.test(line)) {
      notes.push({ line: n, kind: 'debris', note: `删除页脚“${line.trim()}”` });
      return;
    }
    const isCell = /^ ?\t/.test(line);
    if (isCell) {
      if (!table) table = { raw: [], start: n, end: n, rowOpen: true };
      table.raw.push(line);
      table.end = n;
      table.rowOpen = true;
      return;
    }
    if (line.trim() === '') {
      if (table) {
        table.raw.push('');
        table.rowOpen = false;
      }
      return;
    }
    if (table && table.rowOpen) {
      table.raw.push(line);
      table.end = n;
      return;
    }
    flush();
    blocks.push({ kind: 'text', text: line, lines: [n, n] });
  });
  flush();
  for (const b of blocks) if (b.rawLines) while (b.rawLines.at(-1) === '') b.rawLines.pop();
  return { file, encoding: 'utf-8', style: 'word', styleSignals: {}, blocks, notes, sourceLines };
}
