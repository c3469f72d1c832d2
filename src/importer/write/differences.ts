/**
 * Names what differs between an entry on the site and the same document as
 * imported again: frontmatter fields and body paragraphs (numbered like the
 * site's p-N anchors, counting every block of the body).
 */
import { parse } from 'yaml';
import { splitMdx } from './frontmatter.ts';

const MAX_LISTED = 8;

export function describeDifferences(oldText: string, newText: string): string {
  const a = splitMdx(oldText);
  const b = splitMdx(newText);
  if (!a || !b) return '文件格式不同';
  const fields = differingFields(safeParse(a.yaml), safeParse(b.yaml));
  const paragraphs = differingParagraphs(a.body, b.body);
  const parts: string[] = [];
  if (fields.length) parts.push(`字段 ${fields.slice(0, MAX_LISTED).join('、')}${fields.length > MAX_LISTED ? ` 等 ${fields.length} 项` : ''}`);
  if (paragraphs.length) parts.push(`正文第 ${paragraphs.slice(0, MAX_LISTED).map((p) => p.n).join('、')} 段${paragraphs.length > MAX_LISTED ? ` 等共 ${paragraphs.length} 段` : ''}（如第 ${paragraphs[0].n} 段：站内“${paragraphs[0].old}”，导入“${paragraphs[0].new}”）`);
  return parts.join('；') || '仅空白不同';
}

function safeParse(yaml: string): Record<string, unknown> {
  try {
    return (parse(yaml) as Record<string, unknown>) ?? {};
  } catch {
    return {};
  }
}

function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

const snippet = (s: string | undefined) => (s === undefined ? '（无）' : s.length > 24 ? `${s.slice(0, 24)}…` : s);

function differingParagraphs(a: string, b: string): { n: number; old: string; new: string }[] {
  const pa = a.trim().split(/\n{2,}/);
  const pb = b.trim().split(/\n{2,}/);
  const out: { n: number; old: string; new: string }[] = [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if (pa[i] !== pb[i]) out.push({ n: i + 1, old: snippet(pa[i]), new: snippet(pb[i]) });
  return out;
}
