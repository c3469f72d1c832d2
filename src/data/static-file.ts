/**
 * A file served at a fixed address, exactly as written: the browser scripts that
 * cannot go through Astro's bundle (whose file names change with every build) and
 * their styles. reading-mode.js must run before the first paint, so it is a classic
 * script in <head>; term-tip.js is named by body HTML rendered outside Vite.
 */
const TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' } as const;

/** The GET handler of a page route that serves `source` as a `kind` file. */
export function staticFile(source: string, kind: keyof typeof TYPES): () => Response {
  return () => new Response(source, { headers: { 'Content-Type': TYPES[kind] } });
}
