/**
 * The body of an MDX entry against the build's rule (src/lib/render/body-rules.ts:
 * Sätteri with the build's options, then the constructs the renderer refuses), with
 * lines counted in the file. Used by `npm run check`, the build's content check, the
 * loader's own messages and the importer's validation, so all four say the same.
 */
import { bodyProblems, type BodyProblem } from '../render/body-rules.ts';
import { mdxBody } from './frontmatter.ts';
import { BODY_KIND, parseKey, type ParseCache } from './parse-cache.ts';
import type { CheckMessage } from './types.ts';

export const BODY_RULE = 'mdx-body';

/** Body problems as messages about `file`, whose body starts on file line `firstLine`. */
export function bodyMessages(file: string, problems: readonly BodyProblem[], firstLine: number): CheckMessage[] {
  return problems.map((p) => ({
    file, field: '', rule: BODY_RULE, message: p.message,
    ...(p.line === undefined ? {} : { line: p.line + firstLine - 1 }),
  }));
}

/** Problems of a body; with a cache, a body checked before (same bytes) is not parsed again. */
function cachedProblems(body: string, cache?: ParseCache): BodyProblem[] {
  const key = cache && parseKey(Buffer.from(body), BODY_KIND);
  const cached = key ? cache.get(key) : undefined;
  if (cached && Array.isArray(cached.problems)) return cached.problems as BodyProblem[];
  const problems = bodyProblems(body);
  if (key) cache.set(key, { problems });
  return problems;
}

/** What in the body of the MDX file `source` keeps the build from rendering it. */
export function checkMdxBody(file: string, source: string, cache?: ParseCache): CheckMessage[] {
  const { text, firstLine } = mdxBody(source);
  return bodyMessages(file, cachedProblems(text, cache), firstLine);
}
