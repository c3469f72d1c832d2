/**
 * No import cycles in the project's code (every module can be read, tested
 * and moved from the bottom up), and no production code that leans on tests. madge follows the TypeScript imports of
 * src/ and scripts/ (type-only imports included) as tsconfig.json resolves them.
 */
import madge from 'madge';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

const importGraph = (paths: string[], baseDir: string) =>
  madge(paths, {
    baseDir,
    fileExtensions: ['ts', 'mjs'],
    tsConfig: join(ROOT, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false } },
  });

async function cycles(paths: string[], baseDir: string): Promise<string[][]> {
  return (await importGraph(paths, baseDir)).circular();
}

test('src/ and scripts/ import no module that imports them back', async () => {
  const graph = await importGraph(['src', 'scripts'], ROOT);
  expect(Object.keys(graph.obj()).length).toBeGreaterThan(250);
  expect(graph.circular()).toEqual([]);
});

test('production code (src/, scripts/) never imports from tests/', async () => {
  const graph = (await importGraph(['src', 'scripts'], ROOT)).obj();
  const intoTests = Object.entries(graph).flatMap(([file, deps]) =>
    deps.filter((d) => d.startsWith('tests/')).map((d) => `${file} → ${d}`),
  );
  expect(intoTests).toEqual([]);
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
