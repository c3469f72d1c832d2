/**
 * The committed package-lock.json is complete, so that `npm ci` accepts it on any machine
 * and `npm install` on a fresh clone leaves it unchanged (issue 17): its root entry states
 * exactly package.json's dependencies, and every dependency of every locked package,
 * other platforms' optional binaries included (@astrojs/compiler-binding-*, @pagefind/*),
 * has an entry where Node would look for it. A lock written on one machine without the
 * other platforms' binaries fails here, not on a newcomer's first install.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

interface LockEntry {
  name?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  link?: boolean;
}
interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** The entry Node would load `name` from, required by the package at `from` (a lock key): nearest node_modules up. */
function resolves(packages: Lock['packages'], from: string, name: string): boolean {
  let dir = from;
  for (;;) {
    if (packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/** What `npm ci` would refuse or `npm install` would add: each problem as one line. */
function lockProblems(lock: Lock, manifest: LockEntry): string[] {
  if (lock.lockfileVersion < 2 || !lock.packages?.['']) return ['lockfileVersion < 2: no packages section'];
  const problems: string[] = [];
  const root = lock.packages[''];
  for (const field of FIELDS) {
    const sorted = (deps: Record<string, string> = {}) => JSON.stringify(Object.entries(deps).sort());
    if (sorted(root[field]) !== sorted(manifest[field])) problems.push(`root ${field} differ from package.json`);
  }
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '' || entry.link) continue;
    const required = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((p) => !entry.peerDependenciesMeta?.[p]?.optional),
    ];
    for (const name of required) if (!resolves(lock.packages, key, name)) problems.push(`${key} → ${name}: not locked`);
  }
  return problems;
}

const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

test('package-lock.json matches package.json and locks every dependency of every platform', () => {
  expect(lockProblems(readJson('package-lock.json'), readJson('package.json'))).toEqual([]);
});

test('a lock without another platform’s optional binary, or out of step with package.json, is found', () => {
  const manifest: LockEntry = { dependencies: { astro: '7.3.5' } };
  const complete: Lock = {
    lockfileVersion: 3,
    packages: {
      '': { ...manifest },
      'node_modules/astro': { optionalDependencies: { 'binding-linux-x64': '1.0.0', 'binding-darwin-arm64': '1.0.0' } },
      'node_modules/binding-linux-x64': {},
      'node_modules/binding-darwin-arm64': {},
    },
  };
  expect(lockProblems(complete, manifest)).toEqual([]);
  const oneMachine = structuredClone(complete);
  delete oneMachine.packages['node_modules/binding-darwin-arm64'];
  expect(lockProblems(oneMachine, manifest)).toEqual(['node_modules/astro → binding-darwin-arm64: not locked']);
  expect(lockProblems(complete, { dependencies: { astro: '7.3.6' } })).toEqual([
    'root dependencies differ from package.json',
  ]);
  // Nested copies are found where Node finds them: beside the requiring package, or further up.
  const nested: Lock = {
    lockfileVersion: 3,
    packages: {
      '': { ...manifest },
      'node_modules/astro': { dependencies: { a: '1' } },
      'node_modules/astro/node_modules/a': { dependencies: { b: '1' } },
      'node_modules/b': {},
    },
  };
  expect(lockProblems(nested, manifest)).toEqual([]);
});
