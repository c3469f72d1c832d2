/**
 * The imported content of one export, for the fidelity measure: every entry of
 * the content directory whose frontmatter `source.file` names the export (its
 * frontmatter text values and its body), plus the glossary definitions that
 * belong to those reports (glossary entries carry no source), in source order.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentSegment } from './fidelity.ts';

export interface Entry {
  collection: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Keys whose values are not printed text of the export. */
const SKIPPED_KEYS = new Set(['importNotes', 'source']);

export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : /\.(mdx?|ya?ml)$/.test(name) ? [path] : [];
  });
}

export function loadEntry(root: string, path: string): Entry {
  const raw = readFileSync(path, 'utf-8');
  const [collection] = relative(root, path).split(sep);
  const id = basename(path, extname(path));
  if (/\.ya?ml$/.test(path))
    return { collection, id, data: (parseYaml(raw) ?? {}) as Record<string, unknown>, body: '' };
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  return m
    ? { collection, id, data: (parseYaml(m[1]) ?? {}) as Record<string, unknown>, body: m[2] }
    : { collection, id, data: {}, body: raw };
}

/** Every string and number in a frontmatter value, one per line. */
function textValues(value: unknown, key = ''): string[] {
  if (SKIPPED_KEYS.has(key)) return [];
  // Entry ids and anchors (shi-xiang-xing-dong) are references, not printed text.
  if (typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return [];
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap((v) => textValues(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textValues(v, k));
  return [];
}

function sourceOf(entry: Entry): { file: string; lines: [number, number] } | null {
  const source = entry.data.source as { file?: unknown; lines?: unknown } | undefined;
  return source && typeof source.file === 'string' && Array.isArray(source.lines)
    ? (source as { file: string; lines: [number, number] })
    : null;
}

/** The imported content of one export, as segments in source order, and how many entries hold it. */
export function segmentsFor(file: string, entries: Entry[]): { segments: ContentSegment[]; count: number } {
  const ordered: { order: number; segment: ContentSegment }[] = [];
  const reportEnds = new Map<string, number>();
  for (const entry of entries) {
    const source = sourceOf(entry);
    if (source?.file !== file) continue;
    if (entry.collection === 'reports') reportEnds.set(entry.id, source.lines[1]);
    ordered.push({ order: source.lines[0], segment: { fields: textValues(entry.data).join('\n'), body: entry.body } });
  }
  const count = ordered.length;
  // Glossary entries carry no source; their definitions belong to a report of this export.
  for (const entry of entries) {
    const definitions = Array.isArray(entry.data.definitions)
      ? (entry.data.definitions as Record<string, unknown>[])
      : [];
    for (const d of definitions) {
      const end = reportEnds.get(String(d.report));
      if (end === undefined) continue;
      const heading = typeof d.heading === 'string' ? d.heading : String(entry.data.term ?? '');
      ordered.push({
        order: end + Number(d.number ?? 0) / 1000,
        segment: { fields: '', body: `${d.number ?? ''}${heading}${d.text ?? ''}` },
      });
    }
  }
  ordered.sort((a, b) => a.order - b.order);
  return { segments: ordered.map((o) => o.segment), count };
}

/** Loads every entry of a content directory. */
export function loadContent(contentDir: string): Entry[] {
  return listFiles(contentDir).map((path) => loadEntry(contentDir, path));
}
