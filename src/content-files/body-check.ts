/**
 * The body of an MDX entry against the build's rule (src/lib/render/body-rules.ts:
 * Sätteri with the build's options, then the constructs the renderer refuses), with
 * lines counted in the file. Used by `npm run check`, the build's content check, the
 * loader's own messages and the importer's validation, so all four say the same.
 */
import { bodyProblems, type BodyProblem } from '../lib/render/body-rules.ts';
import { mdxBody } from './frontmatter.ts';
import { BODY_KIND, parseKey, type ParseCache } from './parse-cache.ts';
import type { CheckMessage } from './types.ts';

export const BODY_RULE = 'mdx-body';

/** Body problems as messages about `file`, whose body starts on file line `firstLine`. */
export function bodyMessages(file: string, problems: readonly BodyProblem[], firstLine: number): CheckMessage[] {
  return problems.map((p) => ({
    file,
    field: '',
    rule: BODY_RULE,
    message: p.message,
    ...(p.line === undefined ? {} : { line: p.line + firstLine - 1 }),
  }));
}

/**
 * What in the body of an MDX file keeps the build from rendering it. With a cache, a
 * file checked before (same bytes) is neither decoded nor parsed again; its problems
 * are kept with file lines.
 */
export function checkMdxBody(file: string, contents: Buffer | string, cache?: ParseCache): CheckMessage[] {
  const key = cache && parseKey(typeof contents === 'string' ? Buffer.from(contents) : contents, BODY_KIND);
  const cached = key ? cache.get(key) : undefined;
  if (cached && Array.isArray(cached.problems)) return bodyMessages(file, cached.problems as BodyProblem[], 1);
  const { text, firstLine } = mdxBody(contents.toString());
  const messages = bodyMessages(file, bodyProblems(text), firstLine);
  if (key)
    cache.set(key, {
      problems: messages.map(({ line, message }) => (line === undefined ? { message } : { line, message })),
    });
  return messages;
}
