/**
 * Compares two builds' pages, for the benchmark's check that an incremental rebuild
 * gives exactly what a clean build of the same content gives. Hashed asset names
 * (/_astro/…) differ between builds and are set aside. Of the search index, the
 * catalogue is compared: it names each shard by the digest of its pages' records and
 * Pagefind's metadata file by its hash, so equal catalogues mean equal indexes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const PAGE = /\.(html|xml|json|csv|txt)$/;

function pagesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'pagefind' && dir === root) return existsSync(join(path, 'catalogue.json')) ? [relative(root, join(path, 'catalogue.json'))] : [];
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : pagesUnder(path, root);
    return PAGE.test(name) ? [relative(root, path)] : [];
  });
}

const normalise = (text: string) => text.replace(/\/_astro\/[^"'\s)]+/g, '/_astro/…');

export interface OutputComparison {
  pages: number;
  /** Pages whose content differs, or that only one build has. */
  differing: string[];
}

export function compareOutputs(a: string, b: string): OutputComparison {
  const pages = [...new Set([...pagesUnder(a), ...pagesUnder(b)])].sort();
  const differing = pages.filter((page) => {
    const [x, y] = [join(a, page), join(b, page)];
    return !existsSync(x) || !existsSync(y) || normalise(readFileSync(x, 'utf8')) !== normalise(readFileSync(y, 'utf8'));
  });
  return { pages: pages.length, differing };
}
