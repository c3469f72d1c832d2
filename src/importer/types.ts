/**
 * The contract between the importer's two stages.
 *
 * Stage 1, the reader (src/importer/read/): bytes → decoded text → export style →
 * debris removed → paragraphs re-joined → SourceBlock[] plus repair notes.
 * Stage 2, the structurer (src/importer/structure/): SourceBlock[] → gazette,
 * documents, glossary terms → MDX files (src/importer/write/).
 */

/** The three export styles described in ../shared/seeds/NOTES.md. */
export type ExportStyle = 'pdf' | 'hard-wrapped' | 'word';

/** A repair or warning, later written to an entry's `importNotes`. */
export interface RepairNote {
  /** 1-based source line. */
  line: number | null;
  /** join, page-join, debris, bookmark, reorder, fill-down, flag, normalise… */
  kind: string;
  /** What was done, quoting the text. */
  note: string;
}

/** One logical unit of the export after stage 1. */
export interface SourceBlock {
  /**
   * text: a paragraph (or a heading, label, 文号, date line…: stage 2 decides);
   * table: consecutive TAB-led or TAB-separated lines kept raw in `rawLines`;
   * preformatted: lines that must stay as printed (forms, templates).
   */
  kind: 'text' | 'table' | 'preformatted';
  /** The paragraph text with line breaks joined (text) or the lines joined by \n (others). */
  text: string;
  /** Raw source lines (after decoding, debris removal) for table/preformatted blocks. */
  rawLines?: string[];
  /** First and last 1-based source line of the block. */
  lines: [number, number];
  /** Printed page the block starts on, when the export shows page numbers or breaks. */
  page?: number;
  /** True when the block starts at a page start (hard-wrapped: a leading-space line). */
  pageStart?: boolean;
}

/** Result of stage 1. */
export interface ReadResult {
  /** File name of the export. */
  file: string;
  /** Encoding the bytes were decoded from. */
  encoding: 'utf-8' | 'gb18030';
  style: ExportStyle;
  /** Measured signals that decided the style, for the summary. */
  styleSignals: Record<string, number>;
  blocks: SourceBlock[];
  /** Repairs made in stage 1 (joins, debris removal…), each with its line. */
  notes: RepairNote[];
  /** Decoded source lines (1-based index = line - 1), for fidelity and error messages. */
  sourceLines: string[];
}

/** An error the importer reports to the user: names the file, the line and what was expected. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ImportError';
  }
}

/** One reason an import is refused: where in which export, and what is wrong. */
export interface Problem {
  file: string;
  /** 1-based source line, when the problem has one. */
  line: number | null;
  message: string;
}

/**
 * An import refused for one or more problems of its input, each named with
 * file and line; `hint` says what the webmaster can do about it.
 */
export class ImportRefused extends ImportError {
  constructor(
    readonly problems: Problem[],
    hint: string,
  ) {
    super(problems[0]?.file ?? '', problems[0]?.line ?? null, '');
    const list = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}：${p.message}`);
    this.message = [`导入被拒绝（${problems.length} 处问题）：`, ...list, hint].join('\n');
    this.name = 'ImportRefused';
  }
}
