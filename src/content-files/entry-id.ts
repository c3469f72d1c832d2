/**
 * Entry ids exactly as Astro 7's glob() loader derives them, so that the
 * checker resolves references the way the build does.
 *
 * Astro (node_modules/astro/dist/content/loaders/glob.js, generateIdDefault):
 * a `slug` in the frontmatter wins; otherwise the path relative to the
 * collection folder, without extension, each segment passed through
 * github-slugger (lower case, punctuation dropped, spaces → hyphens), and a
 * trailing /index removed.
 */
import { extname } from 'node:path';
import { slug as githubSlug } from 'github-slugger';

/** Id of the entry stored at `relativePath` (posix separators, relative to the collection folder). */
export function entryIdFromPath(relativePath: string, data?: Record<string, unknown>): string {
  if (data?.slug) return String(data.slug);
  const extension = extname(relativePath);
  const withoutExtension = extension ? relativePath.slice(0, -extension.length) : relativePath;
  return withoutExtension
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
