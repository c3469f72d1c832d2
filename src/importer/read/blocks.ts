/**
 * Building SourceBlocks: a paragraph accumulator shared by the joiners and the
 * constructor of raw table blocks.
 */
import type { SourceBlock } from '../types.ts';
import { joinText, type CleanLine } from './source-line.ts';

/** Collects the pieces of one paragraph and emits it as a text block. */
export class ParagraphBuilder {
  private text = '';
  private first = 0;
  private last = 0;
  private extra: Partial<SourceBlock> = {};
  /** Text of the last piece added, for the join rules. */
  lastPiece = '';
  readonly blocks: SourceBlock[] = [];

  /** Text of the open paragraph so far. */
  get current(): string {
    return this.text;
  }

  get open(): boolean {
    return this.first > 0;
  }

  /** Starts a new paragraph (emitting the open one). */
  start(line: CleanLine, text: string, extra: Partial<SourceBlock> = {}): void {
    this.flush();
    this.text = text;
    this.first = this.last = line.line;
    this.lastPiece = text;
    this.extra = extra;
  }

  /** Appends a piece to the open paragraph with no separator (see joinText). */
  append(line: CleanLine, text: string): void {
    this.text = joinText(this.text, text);
    this.last = line.line;
    this.lastPiece = text;
  }

  /** Emits the open paragraph, if any. */
  flush(): void {
    if (!this.open) return;
    this.blocks.push({ kind: 'text', text: this.text, lines: [this.first, this.last], ...this.extra });
    this.first = this.last = 0;
    this.text = this.lastPiece = '';
    this.extra = {};
  }

  /** Emits a finished block of another kind, after the open paragraph. */
  push(block: SourceBlock): void {
    this.flush();
    this.blocks.push(block);
  }
}

/** A raw table block: lines kept verbatim (blank lines as ''), text = lines joined by \n. */
export function tableBlock(lines: CleanLine[], extra: Partial<SourceBlock> = {}): SourceBlock {
  const rawLines = lines.map((l) => l.text);
  return {
    kind: 'table',
    text: rawLines.join('\n'),
    rawLines,
    lines: [lines[0].line, lines[lines.length - 1].line],
    ...extra,
  };
}

/** Leading and trailing whitespace of a text line (layout, not words). */
export function trimLine(text: string): string {
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}
