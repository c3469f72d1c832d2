/**
 * The test server works wherever the project is checked out: a site inside a folder that
 * only its owner may enter (a 0700 home directory, a `mktemp -d` folder) is served, because
 * nginx's workers run as the user who started the tests, not as www-data.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { httpGet } from '../../src/harness/http-get.ts';
import { serveWithNginx, workerUser } from '../../src/harness/nginx.ts';
import { testNginxConfig } from '../../src/harness/nginx-config.ts';

const privateDir = mkdtempSync(join(tmpdir(), 'spb-private-'));
afterAll(() => rmSync(privateDir, { recursive: true, force: true }));

describe('nginx test server and checkout permissions', () => {
  test('serves a site inside a folder only its owner can enter', async () => {
    chmodSync(privateDir, 0o700);
    const site = join(privateDir, 'checkout', 'dist');
    mkdirSync(join(site, 'notes'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title><p>私有目录中的站点</p>');
    writeFileSync(join(site, 'notes', 'index.html'), '<!doctype html><title>n</title><p>子页面</p>');
    writeFileSync(join(site, '404.html'), '<!doctype html><title>404</title><p>页面不存在</p>');
    expect(statSync(privateDir).mode & 0o077).toBe(0);
    const server = await serveWithNginx(site);
    try {
      const home = await httpGet(`${server.origin}/`);
      expect(home.status, server.errorLog()).toBe(200);
      expect(home.body.toString('utf8')).toContain('私有目录中的站点');
      expect((await httpGet(`${server.origin}/notes/`)).status).toBe(200);
      const missing = await httpGet(`${server.origin}/nothing/`);
      expect(missing.status).toBe(404);
      expect(missing.body.toString('utf8')).toContain('页面不存在');
      expect(server.errorLog()).not.toMatch(/Permission denied/);
    } finally {
      await server.stop();
    }
  });

  test('when started as root, workers run as the current user and group; otherwise nginx keeps the current user', () => {
    const user = workerUser();
    if (process.getuid?.() === 0)
      expect(user).toEqual({ user: userInfo().username, group: expect.stringMatching(/^\S+$/) });
    else expect(user).toBeNull();
    const deployConfig = 'server {\n    listen 80;\n    root /x;\n}\n';
    const base = { deployConfig, root: '/srv', port: 1, scratch: '/tmp/s' };
    expect(testNginxConfig({ ...base, user: { user: 'alice', group: 'staff' } }).split('\n')[0]).toBe(
      'user alice staff;',
    );
    expect(testNginxConfig(base)).not.toMatch(/^user /m);
  });
});
