import { describe, expect, test } from 'vitest';
import { searchFileKind } from '../../src/bench/search-figures.ts';

describe('searchFileKind', () => {
  test('names each file a search fetches by its part of the index', () => {
    const at = (path: string) => searchFileKind(`http://127.0.0.1:8080${path}`);
    expect(at('/pagefind/catalogue.json')).toBe('catalogue');
    expect(at('/pagefind/s/0123/pagefind.js')).toBe('code');
    expect(at('/pagefind/s/0123/pagefind-worker.js')).toBe('code');
    expect(at('/pagefind/s/0123/wasm.unknown.pagefind')).toBe('code');
    expect(at('/pagefind/s/0123/pagefind-entry.json?ts=1')).toBe('entry');
    expect(at('/pagefind/s/0123/pagefind.und_4c1a9e.pf_meta')).toBe('meta');
    expect(at('/pagefind/s/0123/index/und_9f8e7d6.pf_index')).toBe('chunks');
    expect(at('/pagefind/s/0123/docs/und_9f8e7d6-0.json.gz')).toBe('parts');
    expect(at('/search/')).toBe('other');
  });
});
