/**
 * Property: any paragraph or heading the importer writes renders, through the build's
 * own renderer (Sätteri with the site's options and rules), as exactly its text.
 * Inputs are drawn from the seeds' characters, every character MDX, GFM or HTML gives
 * a meaning to, and every line-start keyword or construct. Counterexamples fast-check
 * found are kept as fixed cases in escape.test.ts ("regressions found by fast-check").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeText } from '../../src/importer/write/escape.ts';
import { renderBody } from '../../src/importer/write/mdx-body.ts';
import { validateEntryText } from '../../src/importer/write/validate.ts';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { renderMdxBody } from '../../src/lib/render/mdx-html.ts';
import { CELL_TERM_CLASS } from '../../src/lib/render/cell-terms.ts';
import type { BodyNode } from '../../src/importer/structure/model.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';

/** Every distinct character of the seed exports (line breaks aside). */
const SEED_CHARS = [
  ...new Set([
    ...readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'))
      .join(''),
  ]),
].filter((c) => c !== '\n' && c !== '\r');
/** Characters with a meaning somewhere in MDX, GFM, HTML or YAML, and whitespace. */
const SPECIAL = [...'\\`*_{}[]<>|~&#!-+=.:;()"\'/$^%@?,0123456789 \t\u3000\u00a0'];
/** What means something at the start of a line (or right after a space). */
const KEYWORDS = [
  'import ',
  'export ',
  'import{',
  'export{',
  '# ',
  '## ',
  '#',
  '> ',
  '- ',
  '+ ',
  '* ',
  '1. ',
  '1) ',
  '12345678. ',
  '```',
  '~~~',
  '```js',
  '<',
  '</',
  '<div>',
  '<Foo />',
  '<br />',
  '<!-- ',
  '-->',
  '{',
  '}',
  '{"a"}',
  '{/* x */}',
  '|',
  '| a | b |',
  '|---|',
  '=',
  '===',
  '---',
  '***',
  '___',
  '[^1]:',
  '[^1]',
  '[a]: http://x',
  '[a]',
  '](x)',
  '![a](b)',
  ':::',
  '$$',
  '    ',
  '\t',
  '- [ ] ',
  '- [x] ',
  '&amp;',
  '&#123;',
  '&',
  '\\',
  'www.',
  'http://',
  'https://cqspb.gov.cn/a',
  'a@b.cn',
  '<http://x>',
  '~~',
  '__',
  '**',
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEED_CHARS) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.constantFrom(...KEYWORDS) },
);
/** A one-line text that starts with a keyword half of the time. */
const line = fc
  .tuple(fc.option(fc.constantFrom(...KEYWORDS), { freq: 2 }), fc.array(token, { minLength: 0, maxLength: 12 }))
  .map(([start, rest]) => `${start ?? ''}${rest.join('')}`)
  .filter((text) => text.trim() !== '');

const context = { matcher: createMatcher([]), byId: new Map() };

/** The text of each top-level block of the rendered HTML, and any element other than p/h2–h4. */
function rendered(mdx: string, allowed = ['p', 'h2', 'h3', 'h4']): { texts: string[]; foreign: string[] } {
  const $ = cheerio.load(renderMdxBody(mdx, context).html, null, false);
  const blocks = $.root().children().toArray();
  const foreign = $('*')
    .toArray()
    .map((e) => ('tagName' in e ? e.tagName : e.type))
    .filter((t) => !allowed.includes(t));
  return { texts: blocks.map((b) => $(b).text()), foreign };
}

/** Runs per property (tables a quarter); SPB_PROPERTY_RUNS=20000 searches longer (the file stays well under 30 s at 400). */
const RUNS = Number(process.env.SPB_PROPERTY_RUNS ?? 400);
// A new random seed each run; fast-check prints it with any failure, and SPB_PROPERTY_SEED replays it.
fc.configureGlobal({ ...(process.env.SPB_PROPERTY_SEED ? { seed: Number(process.env.SPB_PROPERTY_SEED) } : {}) });
const NOTICE =
  "---\ntitle: 关于禁止猎捕野生动物的通告\nwenhao: 沙府发〔2020〕75号\ndocType: 通告\nsignedDate: '2020-12-02'\n---\n\n";

describe('escape → Sätteri → text (property)', () => {
  test('a paragraph renders as its text', () => {
    fc.assert(
      fc.property(line, (text) => {
        const out = rendered(escapeText(text));
        expect(out.foreign).toEqual([]);
        expect(out.texts).toEqual([text]);
      }),
      { numRuns: RUNS },
    );
  });

  test('a body of paragraphs, run-in heads and headings renders block for block, and passes the importer’s validation', () => {
    const node = fc.oneof(
      line.map((text): BodyNode => ({ type: 'paragraph', text, lines: [1, 1] })),
      fc
        .tuple(line, line)
        .map(([head, rest]): BodyNode => ({ type: 'paragraph', text: head + rest, head, lines: [1, 1] })),
      fc
        .tuple(fc.integer({ min: 2, max: 4 }), line)
        .map(([level, text]): BodyNode => ({ type: 'heading', level, text, lines: [1, 1] })),
    );
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 4 }), (nodes) => {
        const body = renderBody(nodes);
        // Run-in heads are <strong>; nothing else may appear.
        const out = rendered(body, ['p', 'h2', 'h3', 'h4', 'strong']);
        expect(out.foreign).toEqual([]);
        expect(out.texts).toEqual(nodes.map((n) => (n.type === 'heading' || n.type === 'paragraph' ? n.text : '')));
        expect(validateEntryText('notices/sfzf-2020-075.mdx', `${NOTICE}${body}`)).toEqual([]);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  test('a table renders cell for cell, line breaks inside a cell as <br>', () => {
    const cell = fc.array(line, { minLength: 1, maxLength: 2 }).map((lines) => lines.join('\n'));
    const table = fc
      .integer({ min: 1, max: 3 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 3 }),
      );
    fc.assert(
      fc.property(table, ([header, ...rows]) => {
        const body = renderBody([{ type: 'table', header, rows, lines: [1, 1] }]);
        const $ = cheerio.load(renderMdxBody(body, context).html, null, false);
        // The renderer's own markup only: short terms in cells come in a span.cell-term (cell-terms.ts).
        const foreign = $('*')
          .not(`span.${CELL_TERM_CLASS}`)
          .toArray()
          .map((e) => ('tagName' in e ? e.tagName : e.type))
          .filter((t) => !['section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br'].includes(t));
        expect(foreign).toEqual([]);
        const cells = $('th, td')
          .toArray()
          .map((c) =>
            $(c)
              .html()!
              .split('<br>')
              .map((part) => cheerio.load(part, null, false).root().text())
              .join('\n'),
          );
        expect(cells).toEqual([header, ...rows].flat().map((c) => c.trim()));
      }),
      { numRuns: RUNS / 4 },
    );
  });
});
