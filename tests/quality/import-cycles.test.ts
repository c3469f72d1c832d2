/**
 * No import cycles in the project's code (every module can be read, tested
 * and moved from the bottom up), and no production code that leans on tests. madge follows the TypeScript imports of
 * src/ and scripts/ (type-only imports included) as tsconfig.json resolves them.
 */
import madge from 'madge';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { folderOf, twoWayFolders } from './folder-graph.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

const importGraph = (paths: string[], baseDir: string) =>
  madge(paths, {
    baseDir,
    fileExtensions: ['ts', 'mjs'],
    tsConfig: join(ROOT, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false } },
  });

/** The project's graph, read once for the three checks over it. */
let project: Awaited<ReturnType<typeof importGraph>>;
beforeAll(async () => {
  project = await importGraph(['src', 'scripts'], ROOT);
});

async function cycles(paths: string[], baseDir: string): Promise<string[][]> {
  return (await importGraph(paths, baseDir)).circular();
}

test('src/ and scripts/ import no module that imports them back', async () => {
  const graph = project;
  expect(Object.keys(graph.obj()).length).toBeGreaterThan(250);
  expect(graph.circular()).toEqual([]);
});

test('production code (src/, scripts/) never imports from tests/', async () => {
  const graph = project.obj();
  const intoTests = Object.entries(graph).flatMap(([file, deps]) =>
    deps.filter((d) => d.startsWith('tests/')).map((d) => `${file} → ${d}`),
  );
  expect(intoTests).toEqual([]);
});

test('no two folders import each other (a folder and its own subfolders excepted)', async () => {
  const graph = project.obj();
  expect(twoWayFolders(graph)).toEqual([]);
});

test('the folder check names two folders that lean on each other, and the files that do it', () => {
  const graph = {
    'src/lib/render/anchors.ts': ['src/lib/glossary/tree.ts'],
    'src/lib/glossary/usages.ts': ['src/lib/render/ids.ts'],
    'src/lib/glossary/tree.ts': [],
    'src/lib/render/ids.ts': [],
    'src/importer/run.ts': ['src/importer/write/commit.ts'],
    'src/importer/write/commit.ts': ['src/importer/types.ts'],
  };
  expect(folderOf('src/lib/render/anchors.ts')).toBe('src/lib/render');
  expect(twoWayFolders(graph)).toEqual([
    {
      folders: ['src/lib/glossary', 'src/lib/render'],
      files: ['src/lib/glossary/usages.ts', 'src/lib/render/anchors.ts'],
    },
  ]);
});

test('the check sees a cycle, type-only imports included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spb-cycle-'));
  writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.ts';\nexport interface A { b: B }\n");
  writeFileSync(
    join(dir, 'b.ts'),
    "import { a } from './c.ts';\nexport interface B { n: number }\nexport const b = a;\n",
  );
  writeFileSync(join(dir, 'c.ts'), "import type { A } from './a.ts';\nexport const a = 1 as unknown as A;\n");
  expect(await cycles([dir], dir)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
});
