/** Reads a built site folder into the shape every check works on. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractFragmentTargets, extractHtmlLinks } from './extract-html.ts';
import { extractXmlLinks } from './extract-xml.ts';
import type { BuiltSite } from './types.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** /documents/x/index.html: the path a browser asks for, with forward slashes. */
function sitePath(root: string, file: string): string {
  return '/' + relative(root, file).split(sep).join('/');
}

export function loadBuiltSite(root: string): BuiltSite {
  const site: BuiltSite = { files: new Set(), ids: new Map(), links: [] };
  for (const file of walk(root)) {
    const path = sitePath(root, file);
    site.files.add(path);
    if (path.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      site.ids.set(path, extractFragmentTargets(html));
      site.links.push(...extractHtmlLinks(path, html));
    } else if (path.endsWith('.xml')) {
      site.links.push(...extractXmlLinks(path, readFileSync(file, 'utf8')));
    }
  }
  return site;
}
