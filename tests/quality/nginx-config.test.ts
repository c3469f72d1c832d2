/** The test server's configuration is deploy/nginx.conf with only the port, root, njs and scratch paths changed. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEPLOY_CONFIG } from '../../src/harness/nginx.ts';
import { JS_MODULE, testNginxConfig } from '../../src/harness/nginx-config.ts';

const deployConfig = readFileSync(DEPLOY_CONFIG, 'utf8');
const generate = (config: string) =>
  testNginxConfig({ deployConfig: config, root: '/srv/dist', port: 8088, scratch: '/tmp/s', jsDir: '/repo/deploy' });

describe('test nginx configuration', () => {
  test('listens only on the loopback port and serves the given root, keeping every header line', () => {
    const config = generate(deployConfig);
    expect(config.match(/^[ \t]*listen .*;$/gm)).toEqual(['    listen 127.0.0.1:8088;']);
    expect(config.match(/^[ \t]*root .*;$/gm)).toEqual(['    root /srv/dist;']);
    const headerLines = (text: string) => text.match(/^[ \t]*add_header .*$/gm);
    expect(headerLines(config)).toEqual(headerLines(deployConfig));
    expect(config).toContain('pid /tmp/s/nginx.pid;');
    expect(config).toContain('include /etc/nginx/mime.types;');
  });

  test("loads nginx's JavaScript module and imports the checkout's deploy/search-query.js, keeping the search rewriting", () => {
    const config = generate(deployConfig);
    expect(config.split('\n')[0]).toBe(`load_module ${JS_MODULE};`);
    expect(JS_MODULE).toBe('/usr/lib/nginx/modules/ngx_http_js_module.so');
    expect(deployConfig).toMatch(/^js_import spb_search from \/etc\/nginx\/njs\/shapingba\/search-query\.js;$/m);
    expect(config.match(/^[ \t]*js_import .*$/gm)).toEqual(['js_import spb_search from /repo/deploy/search-query.js;']);
    const kept = (text: string) => text.match(/^[ \t]*(js_set|sub_filter\w*|location) .*$/gm);
    expect(kept(config)).toEqual(kept(deployConfig));
    expect(kept(config)).toContain('    location = /search/index.html {');
    expect(kept(config)).toContain(`        sub_filter 'id="search-q"' 'id="search-q" value="$spb_search_q"';`);
    // Without any js_import (a minimal configuration) the module is not loaded.
    expect(generate('server {\n    listen 80;\n    root /x;\n}\n')).not.toMatch(/load_module/);
    expect(() => testNginxConfig({ deployConfig, root: '/srv/dist', port: 8088, scratch: '/tmp/s' })).toThrow(/jsDir/);
  });

  test('refuses a deploy configuration without a listen or root line, naming the directive', () => {
    expect(() => generate(deployConfig.replace(/^\s*root .*$/m, ''))).toThrow(/root/);
    expect(() => generate(deployConfig.replace(/^\s*listen .*$/gm, ''))).toThrow(/listen/);
    expect(() => generate(deployConfig + '\nserver {\n    root /other;\n}\n')).toThrow(/仅有一条 root/);
  });
});
