/**
 * What the parse cache's results depend on besides the files' bytes, written as the
 * cache file's first line: a cache with another header is ignored and written anew.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BODY_COMPONENTS } from '../lib/render/components.ts';

/**
 * Raise whenever the meaning of a cached result changes: parser options, the body rules
 * and their messages (src/lib/render/body-rules.ts, mdx-syntax.ts), the format of the file.
 */
const FORMAT = 'content-check-cache 2';

const require = createRequire(import.meta.url);

/** A package's version, from the package.json above its entry point (Sätteri does not export its package.json). */
function versionOf(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8'));
    if (found === name) return version;
  }
  return 'unknown';
}

/** MDX bodies' results depend on Sätteri and on the components the site provides. */
export const HEADER = `${FORMAT} yaml ${versionOf('yaml')} satteri ${versionOf('satteri')} components ${Object.keys(BODY_COMPONENTS).join(',')}`;

/** Kind (`parseKey`'s extension) of the keys of MDX bodies' results. */
export const BODY_KIND = 'mdx-body';
