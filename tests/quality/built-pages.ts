/** The built site's pages, found by walking dist/: tests iterate over them, never over a fixed list. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from '../site/helpers.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Absolute paths of every .html file in dist/. */
export function builtHtmlFiles(): string[] {
  return walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** Site paths of every built page: /index.html → /, /documents/x/index.html → /documents/x/, /404.html stays. */
export function builtHtmlPages(): string[] {
  return builtHtmlFiles().map((f) => ('/' + relative(DIST, f).split(sep).join('/')).replace(/index\.html$/, ''));
}
