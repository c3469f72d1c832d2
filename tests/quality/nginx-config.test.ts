/** The test server's configuration is deploy/nginx.conf with only the port, root and scratch paths changed. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEPLOY_CONFIG } from '../../src/harness/nginx.ts';
import { testNginxConfig } from '../../src/harness/nginx-config.ts';

const deployConfig = readFileSync(DEPLOY_CONFIG, 'utf8');
const generate = (config: string) =>
  testNginxConfig({ deployConfig: config, root: '/srv/dist', port: 8088, scratch: '/tmp/s' });

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

  test('refuses a deploy configuration without a listen or root line, naming the directive', () => {
    expect(() => generate(deployConfig.replace(/^\s*root .*$/m, ''))).toThrow(/root/);
    expect(() => generate(deployConfig.replace(/^\s*listen .*$/gm, ''))).toThrow(/listen/);
    expect(() => generate(deployConfig + '\nserver {\n    root /other;\n}\n')).toThrow(/仅有一条 root/);
  });
});
