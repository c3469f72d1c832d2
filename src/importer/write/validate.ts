/**
 * Every file the importer is about to write is checked as the build will check it:
 * the frontmatter against the collection's Zod schema, the body against the build's
 * MDX rule (the same Sätteri parse and rules as the renderer, through the content
 * checker's body check), so that an import can never publish an entry the site
 * would reject.
 */
import { parse } from 'yaml';
import { formatMessage } from '../../content-check/format.ts';
import { checkMdxBody } from '../../content-files/body-check.ts';
import { schemaFactories } from '../../schemas/index.ts';
import { plainReference } from '../../schemas/common.ts';
import { splitMdx } from './frontmatter.ts';

const schemas = {
  gazettes: schemaFactories.gazettes(plainReference),
  reports: schemaFactories.reports(plainReference),
  notices: schemaFactories.notices(plainReference),
  glossary: schemaFactories.glossary(plainReference),
  editions: schemaFactories.editions(plainReference),
} as const;

/** Problems of the frontmatter, as `field: message` lines. */
function frontmatterProblems(collection: keyof typeof schemas, text: string): string[] {
  const parts = splitMdx(text);
  if (!parts) return ['缺少 frontmatter'];
  const result = schemas[collection].safeParse(parse(parts.yaml));
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}

/** Problems of one MDX file (`path` relative to the content folder): frontmatter, then body as `path:line message`. */
export function validateEntryText(path: string, text: string): string[] {
  const collection = path.split('/')[0] as keyof typeof schemas;
  if (!schemas[collection]) return [];
  return [...frontmatterProblems(collection, text), ...checkMdxBody(path, text).map(formatMessage)];
}
