/** Maps a URL path to the built file a static server would answer it with. */

/** Percent-decoding that leaves a malformed escape as written instead of throwing. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export type Resolution = { found: true; file: string } | { found: false; reason: string };

/**
 * `/a/` → /a/index.html, `/a.css` → /a.css. A page path without its trailing slash
 * (`/a` for /a/index.html) only works through a redirect and breaks relative links,
 * so it is reported, with the fix.
 */
export function resolveSitePath(files: Set<string>, urlPath: string): Resolution {
  const path = safeDecode(urlPath);
  if (path.endsWith('/')) {
    const index = `${path}index.html`;
    return files.has(index) ? { found: true, file: index } : { found: false, reason: `没有页面 ${index}` };
  }
  if (files.has(path)) return { found: true, file: path };
  if (files.has(`${path}/index.html`)) return { found: false, reason: `页面地址应以斜杠结尾：${path}/` };
  return { found: false, reason: `没有文件 ${path}` };
}
