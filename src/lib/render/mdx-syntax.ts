/**
 * Sätteri's MDX syntax errors ("3:1: Expected a closing tag for `<div>` (3:1)
 * (mdx-jsx:unexpected-character)") as a body line and a message a webmaster can act
 * on, in Chinese. An error not recognised here keeps Sätteri's text in brackets.
 */

export interface BodyProblem {
  /** 1-based line in the body (as Astro passes it to the loader), when known. */
  line?: number;
  /** What is wrong and what to write instead, in Simplified Chinese. */
  message: string;
}

const LOCATION = /^(\d+):(\d+): /;
const RULE = /\s*\((?:mdx-[\w-]+|micromark[\w-]*):[\w-]+\)\s*$/;

/** English pattern → Chinese explanation ($1 is the captured tag or text). */
const EXPLANATIONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /Expected a closing tag for `<([^`>]*)>`/,
    (m) => `<${m[1]}> 没有结束标签 </${m[1]}>：请补上结束标签，或删除它；要显示 < 本身请写作 \\<`,
  ],
  [/Expected the closing tag `<\/([^`>]*)>`/, (m) => `结束标签应为 </${m[1]}>：开始标签与结束标签不对应`],
  [/Unexpected closing tag `<\/([^`>]*)>`/, (m) => `多余的结束标签 </${m[1]}>：前面没有对应的开始标签`],
  [/closing brace for `\{`/, () => '{ 没有对应的 }：MDX 中花括号表示表达式，要显示花括号本身请写作 \\{ 和 \\}'],
  [/to create a comment in MDX/, () => '正文中不能使用 HTML 注释 <!-- -->：请删除注释'],
  [/Unexpected character after `<`|expected a valid JSX tag/, () => '< 后面不是标签：要显示 < 本身请写作 \\<'],
  [
    /Could not parse esm/,
    () =>
      '以 import 或 export 开头的行是 import/export 语句：正文不能使用；要显示这段文字，请把开头的字母写作字符引用（如 &#105;mport）',
  ],
  [/Unexpected end of file/, () => '标签或表达式没有写完就到了正文末尾：请检查 < 与 >、{ 与 } 是否成对'],
];

/** Sätteri's error as a body problem; `null` when `error` is not one of its syntax errors. */
export function syntaxProblem(error: unknown): BodyProblem | null {
  const text = error instanceof Error ? error.message : '';
  const location = LOCATION.exec(text);
  if (!location) return null;
  const detail = text.slice(location[0].length).replace(RULE, '');
  for (const [pattern, explain] of EXPLANATIONS) {
    const m = pattern.exec(detail);
    if (m) return { line: Number(location[1]), message: `MDX 语法错误：${explain(m)}` };
  }
  return { line: Number(location[1]), message: `MDX 语法错误：无法解析（${detail}）` };
}
