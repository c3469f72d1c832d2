import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { placeShard, publishCatalogue } from '../../src/search-index/index-folder.ts';

let root: string;
let cached: string;
let out: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'spb-index-folder-'));
  cached = join(root, 'cache', 'k1');
  mkdirSync(join(cached, 'index'), { recursive: true });
  writeFileSync(join(cached, 'pagefind-entry.json'), '{}');
  writeFileSync(join(cached, 'index', 'und_a.pf_index'), 'chunk');
  writeFileSync(join(cached, 'shard.json'), '{}');
  out = join(root, 'dist', 'pagefind');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('placeShard', () => {
  test("puts a cached shard's files in the output folder, without the cache's shard.json", () => {
    placeShard(out, 'k1', cached);
    expect(readdirSync(join(out, 's', 'k1')).sort()).toEqual(['index', 'pagefind-entry.json']);
    expect(readFileSync(join(out, 's', 'k1', 'index', 'und_a.pf_index'), 'utf8')).toBe('chunk');
    expect(readdirSync(join(out, 's'))).toEqual(['k1']);
  });

  test('leaves a shard that is already in place untouched', () => {
    placeShard(out, 'k1', cached);
    const before = statSync(join(out, 's', 'k1', 'pagefind-entry.json')).ino;
    writeFileSync(join(cached, 'new-file'), 'x');
    placeShard(out, 'k1', cached);
    expect(statSync(join(out, 's', 'k1', 'pagefind-entry.json')).ino).toBe(before);
    expect(existsSync(join(out, 's', 'k1', 'new-file'))).toBe(false);
  });

  test('replaces a half-placed folder left by a build that stopped', () => {
    mkdirSync(join(out, 's', 'k1.tmp'), { recursive: true });
    writeFileSync(join(out, 's', 'k1.tmp', 'stray'), 'x');
    placeShard(out, 'k1', cached);
    expect(readdirSync(join(out, 's'))).toEqual(['k1']);
  });
});

describe('publishCatalogue', () => {
  test('writes the catalogue and removes the shards and files it does not use', () => {
    placeShard(out, 'k1', cached);
    mkdirSync(join(out, 's', 'old'), { recursive: true });
    writeFileSync(join(out, 'pagefind.js'), 'an older layout');
    publishCatalogue(out, '{"version":3}', new Set(['k1']));
    expect(readdirSync(out).sort()).toEqual(['catalogue.json', 's']);
    expect(readdirSync(join(out, 's'))).toEqual(['k1']);
    expect(readFileSync(join(out, 'catalogue.json'), 'utf8')).toBe('{"version":3}');
  });
});
