/** Reading and writing content entries (YAML frontmatter + MDX body) for the benchmark archive. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';

export interface Entry {
  id: string;
  data: Record<string, any>;
  body: string;
}

/** Every MDX entry of one collection folder. */
export function readEntries(contentDir: string, collection: string): Entry[] {
  const dir = join(contentDir, collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${collection}/${f}: no frontmatter`);
      return { id: f.replace(/\.mdx$/, ''), data: parse(m[1]), body: m[2] };
    });
}

/** Writes an entry as content/<collection>/<id>.mdx. */
export function writeEntry(contentDir: string, collection: string, entry: Entry): void {
  const path = join(contentDir, collection, `${entry.id}.mdx`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `---\n${stringify(entry.data, { lineWidth: 0 })}---\n\n${entry.body}`);
}
