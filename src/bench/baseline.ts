/**
 * The baseline of the build benchmark: a bare Astro + MDX project with no
 * plugins, no schemas and no checks, rendering the same archive (one page per
 * entry, the MDX body and the title). Ours / baseline is the ratio we report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COLLECTIONS = ['gazettes', 'reports', 'notices', 'glossary'];

export function writeBaselineProject(dir: string, contentDir: string): void {
  mkdirSync(join(dir, 'src/pages/[collection]'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n` +
      COLLECTIONS.map((c) => `const ${c} = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(join(contentDir, c))} }) });`).join('\n') +
      `\nexport const collections = { ${COLLECTIONS.join(', ')} };\n`,
  );
  // The archive's MDX uses <MissingFigure />; a bare project still has to provide it.
  writeFileSync(join(dir, 'src/MissingFigure.astro'), `<p>图示缺失</p>\n`);
  writeFileSync(
    join(dir, 'src/pages/[collection]/[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nimport MissingFigure from '../../MissingFigure.astro';\n` +
      `export async function getStaticPaths() {\n  const all = await Promise.all(${JSON.stringify(COLLECTIONS)}.map((c) => getCollection(c)));\n` +
      `  return all.flat().map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));\n}\n` +
      `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n` +
      `<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title ?? entry.data.term ?? entry.id}</title></head>` +
      `<body><h1>{entry.data.title ?? entry.data.term ?? entry.id}</h1><Content components={{ MissingFigure }} /></body></html>\n`,
  );
}
