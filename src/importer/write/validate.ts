/**
 * Every file the importer is about to write is checked against the
 * collection's Zod schema first, so that an import can never publish an
 * entry the site would reject.
 */
import { parse } from 'yaml';
import { schemaFactories } from '../../schemas/index.ts';
import { plainReference } from '../../schemas/common.ts';
import { splitMdx } from './frontmatter.ts';

const schemas = {
  gazettes: schemaFactories.gazettes(plainReference),
  reports: schemaFactories.reports(plainReference),
  notices: schemaFactories.notices(plainReference),
  glossary: schemaFactories.glossary(plainReference),
} as const;

/** Problems of one MDX file's frontmatter, as `field: message` lines. */
export function validateEntryText(path: string, text: string): string[] {
  const collection = path.split('/')[0] as keyof typeof schemas;
  const schema = schemas[collection];
  if (!schema) return [];
  const parts = splitMdx(text);
  if (!parts) return ['缺少 frontmatter'];
  const result = schema.safeParse(parse(parts.yaml));
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}
