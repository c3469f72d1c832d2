import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  fileHash,
  outputIsKept,
  pagesFingerprint,
  readMarker,
  removeMarker,
  writeMarker,
} from '../../src/integrations/build-output/marker.ts';
import { emptyFolder, filesUnder, fileSystemNow, pruneOutput } from '../../src/integrations/build-output/prune.ts';

/** Writes files under a new folder; `old` files get a modification time a day ago. */
function folder(files: Record<string, string>, old: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'keep-output-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const dayAgo = new Date(Date.now() - 86_400_000);
  for (const path of old) utimesSync(join(root, path), dayAgo, dayAgo);
  return root;
}

describe('pruning the output folder after a build', () => {
  test('removes files older than the build that it did not keep, and the folders this empties', () => {
    const out = folder(
      {
        'documents/gone/index.html': '旧',
        'documents/kept/index.html': '留',
        '_astro/old.css': 'a',
        'index.html': '首页',
      },
      ['documents/gone/index.html', 'documents/kept/index.html', '_astro/old.css', 'index.html'],
    );
    const since = fileSystemNow(out);
    writeFileSync(join(out, 'index.html'), '首页（新）');
    mkdirSync(join(out, 'documents/new'));
    writeFileSync(join(out, 'documents/new/index.html'), '新');
    const removed = pruneOutput(out, new Set([join(out, 'documents/kept/index.html')]), since);
    expect(removed).toBe(2);
    expect(filesUnder(out).sort()).toEqual(['documents/kept/index.html', 'documents/new/index.html', 'index.html']);
    expect(existsSync(join(out, '_astro'))).toBe(false);
  });

  test('leaves .git and folders that were empty before', () => {
    const out = folder({ '.git/HEAD': 'ref', 'old.html': '旧' }, ['.git/HEAD', 'old.html']);
    mkdirSync(join(out, 'empty'));
    pruneOutput(out, new Set(), fileSystemNow(out));
    expect(readdirSync(out).sort()).toEqual(['.git', 'empty']);
  });

  test('leaves the folders a later integration maintains itself', () => {
    const out = folder({ 'pagefind/index/a.pf': 'x', 'old.html': '旧' }, ['pagefind/index/a.pf', 'old.html']);
    expect(pruneOutput(out, new Set(), fileSystemNow(out), new Set(['pagefind']))).toBe(1);
    expect(filesUnder(out)).toEqual(['pagefind/index/a.pf']);
  });

  test('a file written after the time stamp counts as written by the build', () => {
    const out = folder({});
    const since = fileSystemNow(out);
    writeFileSync(join(out, 'sitemap-index.xml'), '<sitemapindex/>');
    expect(pruneOutput(out, new Set(), since)).toBe(0);
  });

  test('emptying the folder as Astro does spares .git', () => {
    const out = folder({ '.git/HEAD': 'ref', 'a/index.html': '甲', 'b.txt': '乙' });
    emptyFolder(out);
    expect(readdirSync(out)).toEqual(['.git']);
    expect(() => emptyFolder(join(out, 'missing'))).not.toThrow();
  });
});

describe('whether the output folder can be kept', () => {
  const setUp = () => {
    const out = folder({ 'a/index.html': '甲', 'b/index.html': '乙' });
    const cache = folder({ 'incremental-build.json': '{"version":1}' });
    const manifest = join(cache, 'incremental-build.json');
    const markerFile = join(cache, 'keep-output.json');
    const pages = ['a/index.html', 'b/index.html'];
    writeMarker(markerFile, {
      outDir: out,
      manifest: fileHash(manifest),
      pages,
      fingerprint: pagesFingerprint(out, pages),
    });
    return { out, manifest, markerFile };
  };

  test('it can when nothing changed since the build that left the marker', () => {
    const { out, manifest, markerFile } = setUp();
    expect(outputIsKept(readMarker(markerFile), out, manifest)).toBe(true);
  });

  test('it cannot when a page was written since, or is gone', () => {
    const { out, manifest, markerFile } = setUp();
    writeFileSync(join(out, 'a/index.html'), '甲乙');
    expect(outputIsKept(readMarker(markerFile), out, manifest)).toBe(false);
    const other = setUp();
    emptyFolder(join(other.out, 'b'));
    expect(outputIsKept(readMarker(other.markerFile), other.out, other.manifest)).toBe(false);
  });

  test('it cannot when the cache holds another manifest, the folder is another, or there is no marker', () => {
    const { out, manifest, markerFile } = setUp();
    expect(outputIsKept(readMarker(markerFile), join(out, 'elsewhere'), manifest)).toBe(false);
    writeFileSync(manifest, '{"version":1,"routes":{}}');
    expect(outputIsKept(readMarker(markerFile), out, manifest)).toBe(false);
    removeMarker(markerFile);
    expect(readMarker(markerFile)).toBeNull();
    expect(outputIsKept(null, out, manifest)).toBe(false);
  });
});
