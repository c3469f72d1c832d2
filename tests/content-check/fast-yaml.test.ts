/**
 * The fast YAML reader must give exactly what the `yaml` package gives, or
 * decline (undefined) so that `yaml` reads the file: checked on the repository's
 * content, on the test fixture, on hand-picked cases and on mutated frontmatter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { seededRandom } from '../../src/bench/random.ts';
import { fastYaml } from '../../src/content-files/fast-yaml.ts';
import { extractFrontmatter } from '../../src/content-files/frontmatter.ts';
import { validFiles } from './fixture.ts';

/** What `yaml` reads, or 'error' when it reports a problem. */
function slow(text: string): unknown {
  const doc = parseDocument(text);
  return doc.errors.length ? 'error' : doc.toJS();
}

function yamlOf(path: string, source: string): string {
  return path.endsWith('.mdx') ? (extractFrontmatter(source)?.yaml ?? '') : source;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(mdx|ya?ml)$/.test(name) ? [path] : [];
  });
}

const repoYaml = filesUnder(join(import.meta.dirname, '../../content')).map((path) =>
  yamlOf(path, readFileSync(path, 'utf8')),
);
const fixtureYaml = Object.entries(validFiles())
  .filter(([path]) => !path.endsWith('.json'))
  .map(([path, source]) => yamlOf(path, source));

describe('fast YAML reader', () => {
  test('reads every file of the repository content and of the fixture exactly as yaml does', () => {
    for (const text of [...repoYaml, ...fixtureYaml]) {
      const fast = fastYaml(text);
      expect(fast, text.slice(0, 200)).not.toBeUndefined();
      expect(fast).toStrictEqual(slow(text));
    }
  });

  test('resolves plain scalars with the YAML 1.2 core schema, dates staying text', () => {
    const text = [
      'a: ~',
      'b: null',
      'c:',
      'd: True',
      'e: FALSE',
      'f: 12',
      'g: 0o17',
      'h: 0x1F',
      'i: 1.50',
      'j: 2e3',
      'k: .inf',
      'l: .NaN',
      'm: 2025-02-30',
      "n: '2025-03-05'",
      'o: "引号\\"内\\u4e2d\\n"',
      "p: 'it''s'",
      'q: 沙府发〔2025〕8 号',
      'r: [a, "b, c", 3]',
      's: { x: 1, y: 是 }',
      't: []',
      'u: {}',
      'v: a#b',
      'w: http://x.cn/a',
    ].join('\n');
    const fast = fastYaml(text) as Record<string, unknown>;
    expect(fast).toStrictEqual(slow(text));
    expect(fast.m).toBe('2025-02-30');
    expect(fast.l).toBeNaN();
  });

  test('reads nested block mappings and sequences, compact sequences and comment lines', () => {
    const text = `# generated\ntitle: 标题\nrepeals:\n  - wenhao: 沙府发〔2019〕18号\n    document: sfzf-2019-018\n\n  # a comment\n  - title: 其他\nglossary:\n- a\n- b\nmeasures:\n  -\n    unit: 个\n  - - nested\n`;
    expect(fastYaml(text)).toBeUndefined(); // a sequence directly in a sequence item is left to yaml
    const simpler = text.replace('  - - nested\n', '');
    expect(fastYaml(simpler)).toStrictEqual(slow(simpler));
  });

  test.each([
    ['a block scalar', 'text: |\n  line\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['an inline comment', 'a: b # note\n'],
    ['a value continued on the next line', 'a: first\n  second\n'],
    ['a quoted value over two lines', 'a: "first\n  second"\n'],
    ['a tab', 'a:\tb\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a key that is not text', '1: a\n'],
    ['a colon inside a plain value', 'a: b: c\n'],
    ['a nested flow collection', 'a: [b, [c]]\n'],
    ['an unknown escape', 'a: "\\x41"\n'],
    ['a document marker', '---\na: 1\n'],
    ['uneven indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a value starting with a dash', 'a: -1\n'],
    ['nothing at all', '# only a comment\n'],
  ])('leaves %s to yaml', (_, text) => {
    expect(fastYaml(text)).toBeUndefined();
  });

  test('on 4,000 mutated frontmatters, whatever it reads is valid YAML read the same way', () => {
    const random = seededRandom(8);
    const pieces = [
      ' ',
      '  ',
      ':',
      ': ',
      '-',
      '- ',
      '#',
      ' #',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '\n',
      '\n  ',
      '|',
      '>',
      '&',
      '*',
      '!',
      '?',
      '%',
      '@',
      '\\',
      '0',
      '1',
      '.',
      'e',
      '~',
      'null',
      'true',
      '\t',
      '“',
    ];
    const sources = [...fixtureYaml, ...repoYaml.filter((_, i) => i % 10 === 0)];
    let read = 0;
    for (let n = 0; n < 4000; n++) {
      let text = sources[n % sources.length];
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * text.length);
        const cut = random() < 0.5 ? Math.floor(random() * 3) : 0;
        text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + cut);
      }
      const fast = fastYaml(text);
      if (fast === undefined) continue;
      read++;
      expect(fast, text).toStrictEqual(slow(text));
    }
    // Most mutations leave plain YAML: the comparison above ran on many of them.
    expect(read).toBeGreaterThan(1000);
  });
});
