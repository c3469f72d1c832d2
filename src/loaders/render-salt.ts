/**
 * What a rendered body depends on besides its own file: the glossary terms (linked in
 * every body), the renderer's own code and the Sätteri version. When this salt
 * changes, every cached body of the collection is rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryTerm } from '../lib/glossary/terms.ts';

/** Folders (relative to the project root) whose code shapes a rendered body. */
export const RENDERER_SOURCES = ['src/lib/render', 'src/lib/glossary', 'src/loaders'];
/** Packages whose version shapes a rendered body. */
const RENDERER_PACKAGES = ['satteri', '@astrojs/markdown-satteri'];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

export function renderSalt(root: string, terms: readonly GlossaryTerm[]): string {
  const hash = createHash('sha256');
  for (const file of RENDERER_SOURCES.flatMap((dir) => filesUnder(join(root, dir))))
    hash.update(file).update(readFileSync(file));
  for (const name of RENDERER_PACKAGES) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    hash
      .update(name)
      .update(existsSync(manifest) ? String(JSON.parse(readFileSync(manifest, 'utf8')).version) : 'missing');
  }
  hash.update(JSON.stringify(terms));
  return hash.digest('hex');
}
