/**
 * Stage 1 of the importer, the reader: bytes → decoded text → export style →
 * debris removed → paragraphs re-joined → SourceBlock[] plus repair notes.
 */
import type { ReadResult } from '../types.ts';
import { cleanExport } from './clean.ts';
import { decodeExport } from './decode.ts';
import { detectStyle } from './detect-style.ts';
import { joinHardWrapped } from './join-hard-wrapped.ts';
import { joinPdf } from './join-pdf.ts';
import { joinWord } from './join-word.ts';
import { attachStrayPunctuation } from './stray-punctuation.ts';
import { segmentTables } from './tables.ts';

/** Reads one export. Throws ImportError (naming the file) for input that is not a Chinese text export. */
export function readExport(bytes: Uint8Array, file: string): ReadResult {
  const { text, encoding } = decodeExport(bytes, file);
  const sourceLines = text.split('\n');
  // A final line break ends the last line; it does not open another one.
  if (text.endsWith('\n')) sourceLines.pop();
  const { style, signals } = detectStyle(sourceLines);
  const cleaned = cleanExport(sourceLines);
  const segments = segmentTables(cleaned.lines);
  const joined =
    style === 'pdf'
      ? joinPdf(segments)
      : style === 'hard-wrapped'
        ? joinHardWrapped(segments, cleaned.footers)
        : joinWord(segments);
  const repaired = attachStrayPunctuation(joined.blocks);
  const notes = [...cleaned.notes, ...joined.notes, ...repaired.notes].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { file, encoding, style, styleSignals: signals, blocks: repaired.blocks, notes, sourceLines };
}
