/**
 * What an MDX body may contain, in one place for the build's renderer (mdx-html.ts),
 * `npm run check` and the importer's validation: what Sätteri parses with the build's
 * options, and of that only Markdown, lower-case HTML elements (<br />), the components
 * of components.ts and string-literal expressions ({"www.example.com"}). Anything else
 * (syntax errors, imports, exports, code expressions, unknown components) is a problem
 * with its body line. `npm run check` caches these results: when they change (here or
 * in mdx-syntax.ts), raise FORMAT in src/content-files/cache-header.ts.
 */
import { mdxToHast } from 'satteri';
import { BODY_COMPONENTS } from './components.ts';
import type { HastNode } from './hast-html.ts';
import { syntaxProblem, type BodyProblem } from './mdx-syntax.ts';

export type { BodyProblem } from './mdx-syntax.ts';

/** Printed punctuation is published verbatim: no smart quotes or dashes. */
export const FEATURES = { smartPunctuation: false };
const STRING_LITERAL = /^\s*"(?:[^"\\\n]|\\.)*"\s*$/;

/** Lower-case JSX names are plain HTML elements (<br />); capitalised ones must be our components. */
function isKnownElement(name: string | null | undefined): boolean {
  return !!name && (/^[a-z]/.test(name) || name in BODY_COMPONENTS);
}

const unsupported = (line: number | undefined, what: string): BodyProblem => ({
  ...(line ? { line } : {}),
  message: `不支持的 MDX 写法：${what}`,
});

/** What in a parsed body cannot be rendered as static HTML, with the body line it is on. */
export function unsupportedConstructs(root: HastNode): BodyProblem[] {
  const found: BodyProblem[] = [];
  const visit = (node: HastNode) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxjsEsm')
      found.push(
        unsupported(
          line,
          'import/export 语句（以 import 或 export 加空格开头的行）：正文不能使用；要显示这行文字，请把开头的字母写作字符引用，如 &#105;mport、&#101;xport',
        ),
      );
    else if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !STRING_LITERAL.test(node.value ?? '')
    ) {
      found.push(
        unsupported(
          line,
          `表达式 {${(node.value ?? '').trim().slice(0, 40)}}（只允许字符串字面量，如 {"www.example.com"}；要显示花括号本身请写作 \\{ 和 \\}）`,
        ),
      );
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !isKnownElement(node.name)) {
      found.push(
        unsupported(
          line,
          `组件 <${node.name ?? ''}>（可用组件：${Object.keys(BODY_COMPONENTS).join('、')}）：要显示 < 本身请写作 \\<`,
        ),
      );
    } else if (
      (node.attributes ?? []).some(
        (a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value === 'object'),
      )
    ) {
      found.push(unsupported(line, `<${node.name ?? ''}> 的属性含表达式（只允许文字属性，如 title="…"）`));
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return found;
}

/** What a body contains that cannot be rendered; lines are counted in the body. */
export class UnsupportedMdxError extends Error {
  constructor(readonly problems: BodyProblem[]) {
    super(problems.map((p) => `正文第 ${p.line ?? '?'} 行：${p.message}`).join('\n'));
  }
}

/** Sätteri's tree of a body; a syntax error becomes UnsupportedMdxError. */
function parse(body: string, position: boolean): HastNode {
  try {
    return mdxToHast(body, { features: FEATURES, position }) as HastNode;
  } catch (error) {
    const problem = syntaxProblem(error);
    if (problem) throw new UnsupportedMdxError([problem]);
    throw error;
  }
}

/** The body's tree, as the build renders it; throws UnsupportedMdxError for anything it cannot render. */
export function parseBody(body: string): HastNode {
  const tree = parse(body, false);
  // Parsed again with positions only to report lines: positions cost memory and time.
  if (unsupportedConstructs(tree).length > 0) throw new UnsupportedMdxError(unsupportedConstructs(parse(body, true)));
  return tree;
}

/** Every reason the build would refuse `body` (empty when it renders). */
export function bodyProblems(body: string): BodyProblem[] {
  try {
    parseBody(body);
    return [];
  } catch (error) {
    if (error instanceof UnsupportedMdxError) return error.problems;
    throw error;
  }
}
