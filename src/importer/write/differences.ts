/**
 * Names what differs between an entry on the site and the same document as
 * imported again: frontmatter fields, and the paragraphs whose wording
 * differs (editions/compare.ts), numbered like the site's p-N anchors. What
 * an export style changes and the words do not (spacing, emphasis, item
 * numbering, page-break splits) is not a difference; neither is provenance
 * (where and how the text was read).
 */
import { parse } from 'yaml';
import { splitMdx } from './frontmatter.ts';
import { compareWording, describeChange } from '../../lib/editions/compare.ts';
import { wordingOf } from '../../lib/editions/wording.ts';

const MAX_LISTED = 8;
/** Fields that record how an edition was read, or which editions there are, not what it says. */
const PROVENANCE = new Set(['source', 'importNotes', 'editions']);

export function describeDifferences(oldText: string, newText: string): string {
  const a = splitMdx(oldText);
  const b = splitMdx(newText);
  if (!a || !b) return '文件格式不同';
  const fields = differingFields(safeParse(a.yaml), safeParse(b.yaml));
  const changes = compareWording(a.body, b.body);
  const parts: string[] = [];
  if (fields.length)
    parts.push(
      `字段 ${fields.slice(0, MAX_LISTED).join('、')}${fields.length > MAX_LISTED ? ` 等 ${fields.length} 项` : ''}`,
    );
  if (changes.length) {
    const listed = changes.slice(0, MAX_LISTED).map((c) => `正文${describeChange(c)}`);
    parts.push(`${listed.join('；')}${changes.length > MAX_LISTED ? `；等共 ${changes.length} 段` : ''}`);
  }
  return parts.join('；') || '措辞相同，只有格式或来源记录不同';
}

function safeParse(yaml: string): Record<string, unknown> {
  try {
    return (parse(yaml) as Record<string, unknown>) ?? {};
  } catch {
    return {};
  }
}

/** A field's value as compared: strings by their wording, anything else as written. */
const comparable = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? wordingOf(v) : v));

function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !PROVENANCE.has(k));
  return keys.filter((k) => comparable(a[k]) !== comparable(b[k]));
}
