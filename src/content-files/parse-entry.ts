/**
 * Reads the data of one entry file: an MDX file's frontmatter or a YAML/JSON
 * data file. Plain YAML is read by fast-yaml.ts; anything else, and every file
 * with a problem, by the `yaml` package with line positions. Line numbers are
 * worked out only when a message needs one: the loader keeps no YAML syntax tree
 * (10,000 of them would weigh hundreds of MB), and `entryLines` parses that one
 * file again, with lines, on first use.
 */
import { readFileSync } from 'node:fs';
import { fastYaml } from './fast-yaml.ts';
import { extractFrontmatter } from './frontmatter.ts';
import type { FieldPath } from './types.ts';
import { parseYamlWithLines, type YamlProblem } from './yaml-lines.ts';

export type ParsedFile = { data: Record<string, unknown> } | { problems: YamlProblem[] };

type LineFinder = (path: FieldPath) => number | undefined;

/** The YAML text of a file and the file line it starts on, or why there is none. */
function yamlSection(
  source: string,
  extension: string,
): { text: string; firstLine: number } | { problems: YamlProblem[] } {
  if (extension === 'mdx') {
    const frontmatter = extractFrontmatter(source);
    if (!frontmatter)
      return { problems: [{ line: 1, message: '缺少 frontmatter：文件应以 --- 开始，写出各字段，再以 --- 结束' }] };
    return { text: frontmatter.yaml, firstLine: frontmatter.firstLine };
  }
  const text = source.replace(/^\uFEFF/, '');
  if (extension === 'json') {
    try {
      JSON.parse(text);
    } catch (error) {
      return { problems: [{ message: `JSON 格式错误：${(error as Error).message}` }] };
    }
  }
  return { text, firstLine: 1 };
}

/** Parses the file's YAML with line positions; `data` is checked to be a mapping. */
function parseWithLines(
  source: string,
  extension: string,
): { data: Record<string, unknown>; lineOf: LineFinder } | { problems: YamlProblem[] } {
  const section = yamlSection(source, extension);
  if ('problems' in section) return section;
  const parsed = parseYamlWithLines(section.text, section.firstLine);
  if ('problems' in parsed) return parsed;
  const { data, lineOf } = parsed;
  if (data == null && extension === 'mdx') return { data: {}, lineOf };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      problems: [{ line: section.firstLine, message: '内容应为一组“字段: 值”（YAML 映射），而不是列表或单个值' }],
    };
  }
  return { data: data as Record<string, unknown>, lineOf };
}

/** The entry's data, or the problems that keep it from being read (with their file lines). */
export function parseEntryFile(source: string, extension: string): ParsedFile {
  if (extension !== 'json') {
    const section = yamlSection(source, extension);
    const data = 'text' in section ? fastYaml(section.text) : undefined;
    if (data !== null && typeof data === 'object' && !Array.isArray(data))
      return { data: data as Record<string, unknown> };
  }
  const parsed = parseWithLines(source, extension);
  return 'problems' in parsed ? parsed : { data: parsed.data };
}

/**
 * Line finder for the file at `filePath`: reads and parses it again on the first
 * call only. The checker asks within the same run, so the file is the one checked.
 */
export function entryLines(filePath: string, extension: string): LineFinder {
  let lineOf: LineFinder | undefined;
  return (path) => {
    if (!lineOf) {
      let parsed: ReturnType<typeof parseWithLines> | undefined;
      try {
        parsed = parseWithLines(readFileSync(filePath, 'utf8'), extension);
      } catch {
        parsed = undefined;
      }
      lineOf = parsed && !('problems' in parsed) ? parsed.lineOf : () => undefined;
    }
    return lineOf(path);
  };
}
