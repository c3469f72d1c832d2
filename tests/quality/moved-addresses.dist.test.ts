/**
 * The browse addresses of the first slug rule (pinyin initials) still work: deploy/nginx.conf
 * answers each with a permanent redirect to the readable address of the same group, served
 * for real by nginx; each old segment is what the old rule gives for that group's name.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { groupSlug, legacyGroupSlug, uniqueSlugs } from '../../src/lib/browse-slugs.ts';
import { DIST, page } from '../site/helpers.ts';
import { header, httpGet } from '../../src/harness/http-get.ts';
import { DEPLOY_CONFIG, serveWithNginx, type RunningServer } from '../../src/harness/nginx.ts';

/** The moved addresses listed in deploy/nginx.conf: facet, old segment, new address. */
const moves = [
  ...readFileSync(DEPLOY_CONFIG, 'utf8').matchAll(
    /^\s*~\^\/documents\/(\w+)\/([a-z0-9-]+)\(\/\|\/index\\\.html\)\?\$ (\S+);$/gm,
  ),
].map(([, facet, old, target]) => ({ facet, old, target }));

/** Group names of a facet, read from the built group pages' headings (“发文机关：重庆市…”). */
function groupNames(facet: string): Map<string, string> {
  const slugs = readdirSync(join(DIST, 'documents', facet));
  return new Map(
    slugs.map((slug) => [
      slug,
      page(`/documents/${facet}/${slug}/`)('h1')
        .text()
        .replace(/^[^：]+：/, ''),
    ]),
  );
}

let server: RunningServer;
beforeAll(async () => void (server = await serveWithNginx()));
afterAll(async () => server?.stop());

describe('moved browse addresses', () => {
  test('deploy/nginx.conf lists the old addresses', () => expect(moves.length).toBeGreaterThanOrEqual(10));

  test('each old segment is the old rule applied to the name of the group it now points to', () => {
    for (const facet of new Set(moves.map((m) => m.facet))) {
      const names = groupNames(facet);
      const legacy = uniqueSlugs([...names.values()], legacyGroupSlug);
      for (const move of moves.filter((m) => m.facet === facet)) {
        const slug = move.target.split('/').at(-2)!;
        const name = names.get(slug);
        expect(name, move.target).toBeDefined();
        expect(groupSlug(name!)).toBe(slug);
        expect(legacy.get(name!)).toBe(move.old);
      }
    }
  });

  test('nginx answers every old address, with or without its slash or index.html, with 301 to the new one, which is served', async () => {
    for (const { facet, old, target } of moves) {
      for (const path of [
        `/documents/${facet}/${old}/`,
        `/documents/${facet}/${old}`,
        `/documents/${facet}/${old}/index.html`,
      ]) {
        const response = await httpGet(server.origin + path);
        expect(response.status, path).toBe(301);
        expect(header(response, 'location'), path).toBe(target);
      }
      expect((await httpGet(server.origin + target)).status, target).toBe(200);
    }
  });

  test('readable addresses: issuers in pinyin without the shared prefix, the undated group as a word', () => {
    expect(groupSlug('重庆市沙坪坝区人民政府办公室')).toBe('qu-ren-min-zheng-fu-ban-gong-shi');
    expect(groupSlug('未注明日期')).toBe('undated');
    expect(groupSlug('2025')).toBe('2025');
    expect([...groupNames('issuer').keys()].every((slug) => /^[a-z]+(-[a-z0-9]+)+$/.test(slug))).toBe(true);
    expect(page('/documents/')('a[href="/documents/year/undated/"]').length).toBe(1);
  });

  test('colliding segments get -2 in name order under either rule', () => {
    expect([...uniqueSlugs(['通则', '通知'], legacyGroupSlug).values()].sort()).toEqual(['tz', 'tz-2']);
  });
});
