/**
 * Parses YAML (frontmatter or a data file) keeping where each key sits, so that
 * messages can point at the line to fix.
 *
 * Dates stay strings (YAML 1.2 core schema): 2025-02-30 is reported as an
 * impossible date instead of silently rolling over to 2025-03-02.
 */
import {
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { FieldPath } from './types.ts';

export interface ParsedYaml {
  data: unknown;
  /** 1-based file line of the deepest node found along `path`. */
  lineOf(path: FieldPath): number | undefined;
}

/** A YAML syntax problem, with its 1-based line in the file. */
export interface YamlProblem {
  line?: number;
  message: string;
}

/** Explanations of the YAML errors webmasters are most likely to cause. */
const YAML_ERROR_HINTS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: '同一字段写了两次',
  BAD_INDENT: '缩进不正确',
  MISSING_CHAR: '缺少括号或引号',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行（冒号后的值含有冒号时请加引号）',
  BLOCK_AS_IMPLICIT_KEY: '字段名不能跨行（冒号后的值含有冒号时请加引号）',
  UNEXPECTED_TOKEN: '出现了意外的符号',
  TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
  BAD_SCALAR_START: '值的开头字符需要加引号（例如 @ 或 `）',
};

/**
 * Parses `text`, which starts on file line `firstLine` (1-based).
 * Returns the data or the syntax problems found.
 */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml | { problems: YamlProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const opened = unclosedAt(doc, text, error.pos[0]);
        if (opened) return { line: toFileLine(opened.offset), message: `YAML 格式错误：${opened.what}` };
        return {
          line: error.linePos ? error.linePos[0].line + firstLine - 1 : undefined,
          message: `YAML 格式错误：${YAML_ERROR_HINTS[error.code] ?? '无法解析'}（${error.message.split('\n')[0]}）`,
        };
      }),
    };
  }
  const lineOf = (path: FieldPath): number | undefined => {
    let node: unknown = doc.contents;
    // A field missing at the top level has no line; a missing nested one gets its parent's.
    let line: number | undefined;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
        if (!pair) break;
        line = nodeLine(pair.key, toFileLine) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
        node = node.items[part];
        line = nodeLine(node, toFileLine) ?? line;
      } else {
        break;
      }
    }
    return line;
  };
  return { data: doc.toJS(), lineOf };
}

function nodeLine(node: unknown, toFileLine: (offset: number) => number): number | undefined {
  const range = (node as Node | null)?.range;
  return range ? toFileLine(range[0]) : undefined;
}

/**
 * An unclosed quote or flow bracket runs on to where `yaml` gives up (often the end of
 * the frontmatter): the innermost such node around the error, and where it opens.
 */
function unclosedAt(doc: Document, text: string, errorAt: number): { offset: number; what: string } | undefined {
  let found: { offset: number; what: string } | undefined;
  visit(doc, {
    Node(_key, node) {
      const range = node.range;
      if (!range || range[0] >= errorAt || errorAt > range[2] || (found && found.offset > range[0])) return;
      // A node whose text ends with its closing character is closed: the error is something else.
      const source = text.slice(range[0], range[1]).trimEnd();
      const closedBy = (close: string) => source.length > 1 && source.endsWith(close);
      if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
        const quote = node.type === 'QUOTE_DOUBLE' ? '"' : "'";
        if (!closedBy(quote))
          found = {
            offset: range[0],
            what: `引号没有闭合：此行的 ${quote} 没有对应的结束引号（请补上结束引号；值中要写 ${quote} 时改用另一种引号）`,
          };
      } else if (isCollection(node) && node.flow) {
        const [open, close] = isSeq(node) ? ['[', ']'] : ['{', '}'];
        if (!closedBy(close)) found = { offset: range[0], what: `括号没有闭合：此行的 ${open} 没有对应的 ${close}` };
      }
    },
  });
  return found;
}
