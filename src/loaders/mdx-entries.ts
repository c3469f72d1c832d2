/**
 * Content loader for the MDX collections: Astro's own glob() loader (same ids, digests,
 * duplicate checks and dev watching), with each MDX body rendered to HTML while content
 * is synced (src/lib/render/mdx-html.ts) instead of compiled by Vite as one module per
 * file. Astro skips any file whose digest is unchanged, so a rebuild renders only new or
 * edited bodies. Files unchanged since the last sync by size and time are not even read
 * (file-stats.ts), nor is the frontmatter of a file whose digest is unchanged (unchanged-entries.ts).
 * The HTML and headings go to a file in the build cache (body-files.ts), the data
 * store keeps where it is; pages read it with readBody(). When the glossary or the
 * renderer's code changes (render-salt.ts), every body is rendered again.
 *
 * Each body's glossary uses are stored beside its HTML (metadata.glossaryUses), for the
 * term pages' 出现在 lists. A body that cannot be rendered stops the sync with the
 * message `npm run check` gives (file:line, no stack trace); it is not kept in the
 * store, so the next build tries it again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentEntryType } from 'astro';
import { cachedGlossaryTerms } from '../content-files/glossary-terms.ts';
import { createMatcher } from '../lib/glossary/matcher.ts';
import { BODY_PLACEHOLDER, bodyFilePath, pruneBodies, writeBody, type BodyFile } from './body-files.ts';
import { renderMdxBody, UnsupportedMdxError, type BodyContext } from '../lib/render/mdx-html.ts';
import { bodyMessages } from '../content-files/body-check.ts';
import { formatMessage } from '../content-check/format.ts';
import { displayPath } from '../content-files/load.ts';
import { mdxBody } from '../content-files/frontmatter.ts';
import { UserError } from '../lib/user-error.ts';
import { renderSalt } from './render-salt.ts';
import { rememberLastDigest, skipUnchangedFrontmatter } from './unchanged-entries.ts';
import {
  listFiles,
  literalPattern,
  recordFiles,
  statFiles,
  storedPaths,
  unchangedFiles,
  withoutEntries,
} from './file-stats.ts';

export interface MdxEntriesOptions {
  /** Folder of the collection, relative to the project root. */
  base: string;
  /** Content folder (for the glossary terms that bodies link). */
  contentDir: string;
}

/** Astro passes the content entry types to its own loaders; glob() needs them. */
type SyncContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

const parseJson = (text: string | undefined): unknown => {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
};

export function mdxEntries(options: MdxEntriesOptions): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: options.base, retainBody: false });
  // Readers of one folder share what was read (content-files/glossary-terms.ts): the four collections read it once.
  const readTerms = cachedGlossaryTerms(options.contentDir);
  return {
    name: 'mdx-entries',
    load: async (context) => {
      const { entryTypes, store, meta, config, collection } = context as SyncContext;
      const root = fileURLToPath(config.root);
      const bodiesDir = fileURLToPath(new URL('rendered-bodies/', config.cacheDir));
      const terms = readTerms();
      const salt = renderSalt(root, terms);
      if (meta.get('render-salt') !== salt) {
        store.clear();
        meta.set('render-salt', salt);
      }
      // An entry whose body file has gone (cache partly deleted) is rendered again.
      for (const entry of store.values()) {
        const body = entry.rendered?.metadata?.body as BodyFile | undefined;
        if (!body || !existsSync(body.file)) store.delete(entry.id);
      }
      const baseDir = fileURLToPath(new URL(options.base, config.root));
      const files = listFiles(baseDir, '.mdx');
      const statsTakenAt = BigInt(Date.now()) * 1_000_000n;
      const stats = statFiles(baseDir, files);
      const pathOf = storedPaths(root, baseDir);
      // In `astro dev` glob() also watches the folder with its pattern, so it gets the whole folder.
      const unchanged = context.watcher
        ? new Map<string, string>()
        : unchangedFiles(parseJson(meta.get('file-stats')), stats, store, pathOf);
      const shared = { matcher: createMatcher(terms), byId: new Map(terms.map((t) => [t.id, t])) };
      const failures: { id: string; message: string }[] = [];

      const renderEntry = async ({ id, body, filePath }: { id: string; body?: string; filePath?: string }) => {
        const source = body ?? '';
        const bodyContext: BodyContext = {
          ...shared,
          ownTermId: collection === 'glossary' ? id : undefined,
          reportId: collection === 'reports' ? id : undefined,
        };
        try {
          const { html, headings, glossaryUses } = renderMdxBody(source, bodyContext);
          const body = writeBody(bodyFilePath(bodiesDir, collection, id), { html, headings });
          return { html: BODY_PLACEHOLDER, metadata: { glossaryUses, body } };
        } catch (error) {
          if (!(error instanceof UnsupportedMdxError)) throw error;
          // Reported as `npm run check` reports it, with file lines; the entry is dropped below.
          const file = filePath ?? '';
          const { firstLine } = mdxBody(readFileSync(file, 'utf8'));
          const messages = bodyMessages(displayPath(file, root), error.problems, firstLine);
          failures.push({ id, message: messages.map(formatMessage).join('\n') });
          return { html: '' };
        }
      };
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('没有 .mdx 内容类型：astro.config.mjs 需要 mdx() 集成');
      const generateDigest = rememberLastDigest(context.generateDigest);
      const entryType = skipUnchangedFrontmatter(
        { ...mdx, getRenderFunction: async () => renderEntry },
        store.values(),
        root,
        generateDigest,
      );
      const types = new Map(entryTypes).set('.mdx', entryType);
      const changed = files.filter((file) => !unchanged.has(file));
      const kept = new Set(unchanged.values());
      if (unchanged.size === 0) await inner.load({ ...context, entryTypes: types, generateDigest } as SyncContext);
      else if (changed.length > 0) {
        const changedOnly = glob({ pattern: changed.map(literalPattern), base: options.base, retainBody: false });
        await changedOnly.load({
          ...context,
          store: withoutEntries(store, kept),
          entryTypes: types,
          generateDigest,
        } as SyncContext);
      } else for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      for (const { id } of failures) store.delete(id);
      const records = JSON.stringify(recordFiles(stats, store, pathOf, statsTakenAt));
      if (meta.get('file-stats') !== records) meta.set('file-stats', records);
      pruneBodies(bodiesDir, collection, new Set(store.keys()));
      if (failures.length > 0) {
        throw new UserError(
          `MDX 正文无法渲染（${failures.length} 个文件）：\n${failures.map((f) => f.message).join('\n')}`,
        );
      }
    },
  };
}
