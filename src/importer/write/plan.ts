/**
 * Decides what one import does to the content folder: which files it
 * creates, updates or leaves alone, and what it refuses without --force
 * (a document already on the site with different text; a file edited by hand
 * since its import). Nothing is written here.
 */
import type { PlannedEntry } from './entries.ts';
import { entryPath } from './entries.ts';
import { readExisting, type ExistingEntry } from './existing.ts';
import { identityKey } from './identity.ts';
import type { VirtualEntry } from './virtual-entry.ts';
import { editedByHand, manifestText, MANIFEST_NAME, readManifest, sha256, type Manifest } from './manifest.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxFile } from './frontmatter.ts';
import { definitionOf, mergeDefinition, newGlossaryFile, termKey, type GlossaryFile } from './glossary-entries.ts';
import { linkRelations } from './relations.ts';
import { describeDifferences } from './differences.ts';
import { describeTextChange } from '../../lib/editions/compare.ts';
import type { ReportDraft } from '../structure/model.ts';
import { editionSummary, placeEdition, type EditionOptions, type EditionPlacement } from './edition-plan.ts';
import { carryAlternatives, placeEditionGlossary } from './edition-glossary.ts';

export interface FileChange {
  path: string;
  text: string;
  action: 'create' | 'update' | 'unchanged';
}

export interface Plan {
  changes: FileChange[];
  conflicts: { path: string; message: string }[];
  /** Final slug of every planned document, by export file and document index. */
  slugs: Map<PlannedEntry, string>;
  glossaryByReport: Map<PlannedEntry, string[]>;
  /** Text on disk before the import of every file it touches that existed (for the review page). */
  before: Map<string, string>;
  /** One line per document placed as an edition (edition-plan.ts editionSummary). */
  editions: string[];
}

export interface ExportEntries {
  file: string;
  entries: PlannedEntry[];
}

export function planImport(
  contentDir: string,
  exports: ExportEntries[],
  force: boolean,
  editionOptions: EditionOptions = {},
): Plan {
  const manifest = readManifest(contentDir);
  const existing = readExisting(contentDir);
  const state = new Map<string, VirtualEntry>(existing.map((e) => [e.path, fromDisk(e)]));
  const slugs = new Map<PlannedEntry, string>();
  const glossaryByReport = new Map<PlannedEntry, string[]>();
  const placements = new Map<PlannedEntry, EditionPlacement>();
  for (const exp of exports) {
    for (const entry of exp.entries) placeDocument(state, entry, exp.file, slugs, editionOptions, placements);
    for (const entry of exp.entries) {
      if (entry.collection !== 'reports') continue;
      const placement = placements.get(entry);
      const slug = slugs.get(entry)!;
      glossaryByReport.set(
        entry,
        placement && !placement.canonical
          ? (entry.data.glossary = placeEditionGlossary(
              state,
              entry.doc as ReportDraft,
              slug,
              placement.editionId,
              exp.file,
            ))
          : placeGlossary(state, entry, exp.file, slug, placement),
      );
    }
  }
  linkRelations([...state.values()]);
  const plan = diff(state, manifest, contentDir, force, slugs, glossaryByReport);
  plan.editions = editionSummary(
    placements,
    (e) => entryPath({ collection: e.collection, slug: slugs.get(e)! }),
    plan.before,
  );
  return plan;
}

function fromDisk(e: ExistingEntry): VirtualEntry {
  return {
    collection: e.collection,
    slug: e.slug,
    path: e.path,
    data: e.data,
    body: e.body,
    diskText: e.text,
    diskSourceFile: e.data.source?.file ?? null,
    touched: false,
    duplicateOf: false,
    redefined: false,
    sources: new Set(),
    label: titleOf(e.data, e.path),
  };
}

function placeDocument(
  state: Map<string, VirtualEntry>,
  entry: PlannedEntry,
  file: string,
  slugs: Map<PlannedEntry, string>,
  editionOptions: EditionOptions,
  placements: Map<PlannedEntry, EditionPlacement>,
): void {
  if (entry.collection === 'glossary') return;
  const match = [...state.values()].find((v) => v.collection === entry.collection && identityKey(v) === entry.key);
  const path = match ? match.path : entryPath(entry);
  const slug = match ? match.slug : entry.slug;
  slugs.set(entry, slug);
  const placement = match && entry.collection !== 'gazettes' && placeEdition(state, match, entry, file, editionOptions);
  if (placement) {
    placements.set(entry, placement);
    return;
  }
  const previous = state.get(path);
  state.set(path, {
    collection: entry.collection,
    slug,
    path,
    data: entry.data,
    body: entry.body,
    diskSourceFile: previous?.diskSourceFile ?? null,
    diskText: previous?.diskText ?? null,
    touched: true,
    duplicateOf: !!previous && (previous.diskText !== null || previous.touched),
    redefined: false,
    sources: new Set([...(previous?.sources ?? []), file]),
    label: previous?.diskText ? previous.label : titleOf(entry.data, slug),
  });
}

const titleOf = (data: Record<string, any>, fallback: string): string => String(data.title ?? data.name ?? fallback);

/**
 * The same export saved under another file name is the same text: when an entry differs from
 * the one on disk only by `source.file`, the name on disk is kept and the entry is unchanged.
 */
function textKeepingSourceName(v: VirtualEntry, text: string): string {
  const incoming = v.data.source as { file?: string } | undefined;
  if (
    v.diskText === null ||
    text === v.diskText ||
    !v.diskSourceFile ||
    !incoming?.file ||
    incoming.file === v.diskSourceFile
  )
    return text;
  const renamed = { ...v.data, source: { ...incoming, file: v.diskSourceFile } };
  const renamedText = mdxFile(renamed, v.body);
  if (renamedText !== v.diskText) return text;
  v.data = renamed;
  return renamedText;
}

function placeGlossary(
  state: Map<string, VirtualEntry>,
  report: PlannedEntry,
  file: string,
  reportSlug: string,
  placement?: EditionPlacement,
): string[] {
  const draft = report.doc as ReportDraft;
  const listed: string[] = [];
  for (const entry of draft.glossary) {
    for (const term of entry.terms) {
      const key = termKey(term);
      let target = [...state.values()].find(
        (v) => v.collection === 'glossary' && typeof v.data.term === 'string' && termKey(v.data.term) === key,
      );
      if (!target) {
        const created = newGlossaryFile(term, (slug) => state.has(`glossary/${slug}.mdx`));
        target = {
          collection: 'glossary',
          slug: created.slug,
          path: `glossary/${created.slug}.mdx`,
          data: created.data,
          body: '',
          diskText: null,
          diskSourceFile: null,
          touched: true,
          duplicateOf: false,
          redefined: false,
          sources: new Set(),
          label: term,
        };
        state.set(target.path, target);
      }
      const gfile: GlossaryFile = {
        slug: target.slug,
        data: {
          term: target.data.term,
          variants: target.data.variants ?? [],
          definitions: target.data.definitions ?? [],
          related: target.data.related ?? [],
        },
      };
      const old = gfile.data.definitions.find((d) => d.report === reportSlug);
      const def = definitionOf(entry, term, draft, reportSlug);
      const { replacedDifferent } = mergeDefinition(gfile, term, def);
      if (placement) carryAlternatives(old, def, placement);
      target.data = gfile.data;
      target.touched = true;
      if (replacedDifferent && target.diskText !== null && !placement) {
        target.redefined = true;
        const change = old ? describeTextChange(old.text, def.text) : '';
        if (change) target.redefinedAs = [...(target.redefinedAs ?? []), change];
      }
      target.sources.add(file);
      if (!listed.includes(target.slug)) listed.push(target.slug);
    }
  }
  report.data.glossary = listed;
  const own = [...state.values()].find((v) => v.collection === 'reports' && v.slug === reportSlug && v.touched);
  if (own) own.data = report.data;
  return listed;
}

function diff(
  state: Map<string, VirtualEntry>,
  manifest: Manifest,
  contentDir: string,
  force: boolean,
  slugs: Plan['slugs'],
  glossaryByReport: Plan['glossaryByReport'],
): Plan {
  const changes: FileChange[] = [];
  const conflicts: Plan['conflicts'] = [];
  const next: Manifest = { version: 1, files: { ...manifest.files } };
  const before = new Map<string, string>();
  for (const v of [...state.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!v.touched) continue;
    if (v.diskText !== null) before.set(v.path, v.diskText);
    const text = textKeepingSourceName(v, mdxFile(v.data, v.body));
    if (v.diskText === text) {
      changes.push({ path: v.path, text, action: 'unchanged' });
      continue;
    }
    if (v.diskText !== null) {
      const reasons: string[] = [];
      if (editedByHand(manifest, v.path, v.diskText))
        reasons.push(
          manifest.files[v.path] ? '该文件在导入后被手工修改过' : '该文件不是由导入程序生成的（可能是手工创建的）',
        );
      if (v.duplicateOf)
        reasons.push(
          `站内已有同一文件“${v.label}”，内容不同：${describeDifferences(v.diskText, text)}（如果这是同一文本的另一版本，加 --edition 作为另一版本保存）`,
        );
      if (v.redefined)
        reasons.push(
          `名词“${v.data.term}”已有同一报告的不同释义${v.redefinedAs ? `：${v.redefinedAs.join('；')}` : ''}（同一报告的另一版本请加 --edition）`,
        );
      if (reasons.length && !force) conflicts.push({ path: v.path, message: reasons.join('；') });
    }
    changes.push({ path: v.path, text, action: v.diskText === null ? 'create' : 'update' });
    next.files[v.path] = {
      sha256: sha256(text),
      sources: [...new Set([...(manifest.files[v.path]?.sources ?? []), ...v.sources])],
    };
  }
  const mtext = manifestText(next);
  const current = readManifestText(contentDir);
  if (mtext !== current)
    changes.push({ path: MANIFEST_NAME, text: mtext, action: current === null ? 'create' : 'update' });
  return { changes, conflicts, slugs, glossaryByReport, before, editions: [] };
}

function readManifestText(contentDir: string): string | null {
  const p = join(contentDir, MANIFEST_NAME);
  return existsSync(p) ? readFileSync(p, 'utf8') : null;
}
