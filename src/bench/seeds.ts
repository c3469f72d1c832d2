/**
 * The real seed exports: the one place that says where they are. The
 * project expects them beside its checkout, in ../shared/seeds/ (described
 * in its NOTES.md); tests, the benchmark and the damaged-export figures all
 * read them from here.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** File names of the four seed exports, by their number. */
export const SEED_FILES = {
  '000': '000_c35f3ffd59152e78.txt',
  '002': '002_e9c24e8b61841398.txt',
  '003': '003_b97a6528d5f06b44.txt',
  '004': '004_3abb9bd146686cc9.txt',
} as const;

export type SeedId = keyof typeof SEED_FILES;

export const seedPath = (id: SeedId): string => join(SEEDS_DIR, SEED_FILES[id]);
