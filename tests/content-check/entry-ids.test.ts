import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { extractFrontmatter } from '../../src/content-files/frontmatter.ts';
import { loadContent } from '../../src/content-files/load.ts';
import { collectionPatterns, type CollectionKey } from '../../src/schemas/index.ts';
import { mdx, writeProject } from './fixture.ts';

/** Ids that Astro's own glob() loader gives the files of `collection` under <root>/content. */
async function astroIds(root: string, collection: CollectionKey): Promise<string[]> {
  const ids: string[] = [];
  const dataOf = (contents: string, url: URL) =>
    url.pathname.endsWith('.mdx') ? (parse(extractFrontmatter(contents)?.yaml ?? '') ?? {}) : parse(contents);
  const entryType = {
    getEntryInfo: async ({ contents, fileUrl }: any) => ({ data: dataOf(contents, fileUrl), body: '' }),
  };
  const silent = { warn() {}, info() {}, error() {}, debug() {} };
  await glob({ pattern: collectionPatterns[collection], base: `./content/${collection}` }).load({
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    collection,
    logger: silent,
    parseData: async ({ data }: any) => data,
    store: {
      keys: () => [],
      get: () => undefined,
      set: (entry: any) => ids.push(entry.id),
      delete() {},
      addModuleImport() {},
      addAssetImports() {},
    },
    generateDigest: (text: string) => String(text.length),
    entryTypes: new Map(['.mdx', '.yaml', '.yml', '.json'].map((ext) => [ext, entryType])),
  } as any);
  return ids.sort();
}

describe('entry ids', () => {
  test('are the ids Astro’s glob loader derives: lower case, punctuation dropped, folders kept, index dropped, slug wins', async () => {
    const root = writeProject({
      'notices/sfzf-2025-008.mdx': mdx('title: 一'),
      'notices/2020/sfzf-2020-075.mdx': mdx('title: 二'),
      'notices/sub/index.mdx': mdx('title: 三'),
      'notices/a.b.mdx': mdx('title: 四'),
      'glossary/Fang-Guan-Fu.mdx': mdx('term: 放管服'),
      'glossary/“三变”改革.mdx': mdx('term: “三变”改革'),
      'glossary/anything.mdx': mdx('slug: chosen-slug\nterm: 某'),
      'reports/Work Report 2025.mdx': mdx('title: 五'),
      'indicators/GDP_growth.yaml': 'name: 增速\n',
      'indicators/Population.json': '{"name": "人口"}',
    });
    const ours = loadContent(`${root}/content`, root).entries;
    for (const collection of ['notices', 'glossary', 'reports', 'indicators'] as const) {
      const mine = ours
        .filter((e) => e.collection === collection)
        .map((e) => e.id)
        .sort();
      expect(mine).toEqual(await astroIds(root, collection));
    }
    expect(ours.map((e) => e.id).sort()).toEqual([
      '2020/sfzf-2020-075',
      'ab',
      'chosen-slug',
      'fang-guan-fu',
      'gdp_growth',
      'population',
      'sfzf-2025-008',
      'sub',
      'work-report-2025',
      '三变改革',
    ]);
  });
});
