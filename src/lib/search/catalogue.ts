/**
 * The search catalogue (pagefind/catalogue.json): what the browser must know
 * about every matching document, not only the ten it shows, to count facets,
 * sort by date and rank 文号 and title matches first. Nothing else: titles,
 * links and excerpts come from each shown document's own file (docs/).
 *
 * The index is in shards (shards.ts), each a Pagefind index. Documents are
 * numbered shard after shard, in each shard's Pagefind page order (pf-meta.ts),
 * so a result id leads to its document through the shard's metadata file, and
 * the catalogue needs no table of ids. Facet values are numbered once; each
 * document points at its set of values ("combination"), which a few dozen
 * distinct sets cover however large the site grows.
 */
import { FACETS, type Facet } from './facet-names.ts';

/** A shard of the index, as the browser finds it. */
export interface CatalogueShard {
  /** Its folder, relative to the index folder (pagefind/), ending in a slash. */
  path: string;
  /** Its Pagefind metadata file (pagefind.<meta>.pf_meta), whose page order the shard's documents follow. */
  meta: string;
  /** How many documents it holds. */
  docs: number;
}

export interface Catalogue {
  version: 3;
  /** The shards, in document order; the first one's Pagefind code is the one loaded. */
  shards: CatalogueShard[];
  /** Every facet value: [facet index in FACETS, value]. */
  values: [number, string][];
  /** Distinct sets of facet values (indexes into values). */
  combos: number[][];
  /** Per document: index into combos. */
  combo: number[];
  /** Per document: date as YYYYMMDD, 0 when it has none. */
  date: number[];
  /** Per document: words of its 文号 and of its title at the start of its indexed text. */
  wenhao: number[];
  title: number[];
}

export interface CatalogueEntry {
  filters: Record<string, string[]>;
  date: string | null;
  zone: { wenhao: number; title: number };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The catalogue of the shards, each with its entries in its Pagefind page order. */
export function buildCatalogue(shards: { path: string; meta: string; entries: CatalogueEntry[] }[]): Catalogue {
  const catalogue: Catalogue = {
    version: 3,
    shards: [],
    values: [],
    combos: [],
    combo: [],
    date: [],
    wenhao: [],
    title: [],
  };
  const valueIds = new Map<string, number>();
  const comboIds = new Map<string, number>();
  for (const { path, meta, entries } of shards) catalogue.shards.push({ path, meta, docs: entries.length });
  for (const entry of shards.flatMap((shard) => shard.entries)) {
    const ids: number[] = [];
    FACETS.forEach((facet, f) => {
      for (const value of entry.filters[facet] ?? []) {
        const key = `${f}\u0000${value}`;
        if (!valueIds.has(key)) valueIds.set(key, catalogue.values.push([f, value]) - 1);
        ids.push(valueIds.get(key)!);
      }
    });
    const key = ids.join(',');
    if (!comboIds.has(key)) comboIds.set(key, catalogue.combos.push(ids) - 1);
    catalogue.combo.push(comboIds.get(key)!);
    const date = entry.date ? DATE.exec(entry.date) : null;
    if (entry.date && !date) throw new Error(`搜索目录：日期“${entry.date}”应为 YYYY-MM-DD`);
    catalogue.date.push(date ? Number(date[1] + date[2] + date[3]) : 0);
    catalogue.wenhao.push(entry.zone.wenhao);
    catalogue.title.push(entry.zone.title);
  }
  return catalogue;
}

/** The shard that holds a document, and the document's place in it. */
export function shardOf(catalogue: Catalogue, doc: number): { shard: CatalogueShard; place: number } {
  let place = doc;
  for (const shard of catalogue.shards) {
    if (place < shard.docs) return { shard, place };
    place -= shard.docs;
  }
  throw new RangeError(`搜索目录中没有第 ${doc} 个文档`);
}

/** A document's facet values by facet. */
export function docFacets(catalogue: Catalogue, doc: number): Partial<Record<Facet, string[]>> {
  const facets: Partial<Record<Facet, string[]>> = {};
  for (const id of catalogue.combos[catalogue.combo[doc]] ?? []) {
    const [f, value] = catalogue.values[id];
    (facets[FACETS[f]] ??= []).push(value);
  }
  return facets;
}

/** A document's date as YYYY-MM-DD, or null. */
export function docDate(catalogue: Catalogue, doc: number): string | null {
  const n = catalogue.date[doc];
  if (!n) return null;
  const s = String(n);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** True for glossary term pages (类型 名词): the candidates for glossary cards. */
export function isGlossary(catalogue: Catalogue, doc: number): boolean {
  return docFacets(catalogue, doc)['类型']?.includes('名词') ?? false;
}
