/**
 * Turns deploy/nginx.conf (a conf.d file: maps and a server block) into a complete
 * nginx.conf that an unprivileged test run can start: loopback port, dist/ as root,
 * pid, logs and temporary files in one scratch folder, the njs files from the checkout's
 * deploy/ folder (with the module loaded, as Debian's modules-enabled/ does in production),
 * and (when started as root) the workers' user. Nothing else is changed, so the tests
 * exercise the production headers, caching, search-page rewriting and error pages as written.
 */
import { posix } from 'node:path';

/** Where Debian's libnginx-mod-http-js puts nginx's JavaScript (njs) module. */
export const JS_MODULE = '/usr/lib/nginx/modules/ngx_http_js_module.so';

export interface ServeOptions {
  /** Text of deploy/nginx.conf. */
  deployConfig: string;
  /** Folder to serve (absolute). */
  root: string;
  /** Loopback port to listen on. */
  port: number;
  /** Scratch folder for pid, logs and temporary files (absolute). */
  scratch: string;
  /** Debian's MIME table; production nginx.conf includes the same file. */
  mimeTypes?: string;
  /** User and group the workers run as (nginx's `user` directive, obeyed only when nginx starts as root). */
  user?: { user: string; group: string } | null;
  /** Folder holding the files that js_import lines name (absolute; the checkout's deploy/). */
  jsDir?: string;
  /** nginx's njs module, loaded when the configuration imports a JavaScript file. */
  jsModule?: string;
}

function replaceDirective(config: string, name: string, replacement: string, expected: 'one' | 'some'): string {
  const pattern = new RegExp(`^([ \\t]*)${name}[ \\t][^;\\n]*;[ \\t]*$`, 'gm');
  const count = config.match(pattern)?.length ?? 0;
  if (count === 0 || (expected === 'one' && count > 1)) {
    throw new Error(
      `deploy/nginx.conf: 应有${expected === 'one' ? '且仅有一条' : '至少一条'} ${name} 指令，实际 ${count} 条`,
    );
  }
  let first = true;
  return config.replace(pattern, (_, indent: string) => {
    // Several listen lines (IPv4, IPv6) become the single loopback one.
    const line = first ? `${indent}${replacement}` : `${indent}# (${name} replaced for the test server)`;
    first = false;
    return line;
  });
}

/** `js_import name from /etc/nginx/…/file.js;` → the same file name in `jsDir`. */
function localJsImports(config: string, jsDir: string | undefined): { config: string; imports: number } {
  let imports = 0;
  const replaced = config.replace(
    /^([ \t]*)js_import[ \t]+(?:(\S+)[ \t]+from[ \t]+)?([^;\s]+)[ \t]*;[ \t]*$/gm,
    (_, indent: string, name: string | undefined, path: string) => {
      if (!jsDir) throw new Error(`deploy/nginx.conf 导入了 ${path}，但没有给出本地 njs 文件夹（jsDir）`);
      imports++;
      return `${indent}js_import ${name ? `${name} from ` : ''}${posix.join(jsDir, posix.basename(path))};`;
    },
  );
  return { config: replaced, imports };
}

export function testNginxConfig(options: ServeOptions): string {
  const { root, port, scratch, mimeTypes = '/etc/nginx/mime.types', user, jsDir, jsModule = JS_MODULE } = options;
  let site = replaceDirective(options.deployConfig, 'listen', `listen 127.0.0.1:${port};`, 'some');
  site = replaceDirective(site, 'root', `root ${root};`, 'one');
  const js = localJsImports(site, jsDir);
  site = js.config;
  return [
    ...(js.imports > 0 ? [`load_module ${jsModule};`] : []),
    ...(user ? [`user ${user.user} ${user.group};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${scratch}/nginx.pid;`,
    `error_log ${scratch}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    `  include ${mimeTypes};`,
    '  default_type application/octet-stream;',
    '  sendfile on;',
    `  access_log ${scratch}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${scratch}/${t};`),
    site,
    '}',
    '',
  ].join('\n');
}
