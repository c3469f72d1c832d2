/**
 * YAML frontmatter through the `yaml` package: keys in a fixed order, null
 * and empty values left out, dates as quoted strings ('2025-03-05') so that
 * no YAML reader turns them into timestamps.
 */
import { Document, Scalar, visit } from 'yaml';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Drops top-level null, undefined and empty arrays/objects; nested values stay as they are (some are required even when null). */
export function compactObject(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, c] of Object.entries(value)) {
      if (c === null || c === undefined) continue;
      if (Array.isArray(c) && c.length === 0) continue;
      if (typeof c === 'object' && !Array.isArray(c) && Object.keys(c as object).length === 0) continue;
      out[k] = c;
    }
    return out;
  }
  return value;
}

export function toYaml(data: Record<string, unknown>): string {
  const doc = new Document(compactObject(data));
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === 'string' && ISO_DATE.test(node.value)) node.type = Scalar.QUOTE_SINGLE;
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** A complete MDX file: frontmatter block, blank line, body. */
export function mdxFile(data: Record<string, unknown>, body: string): string {
  const yaml = toYaml(data);
  return body.trim() ? `---\n${yaml}---\n\n${body.trimEnd()}\n` : `---\n${yaml}---\n`;
}

/** Splits an MDX file into its frontmatter text and body. */
export function splitMdx(text: string): { yaml: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { yaml: m[1], body: m[2].replace(/^\r?\n/, '') } : null;
}
