/** Previous and next document in a gazette issue's printed order. */

export interface ContentsLink {
  collection: 'notices' | 'reports';
  id: string;
}

/** Finds the neighbours of `id` in the ordered contents; null at either end or when absent. */
export function neighbours<T extends ContentsLink>(contents: T[], id: string): { prev: T | null; next: T | null } {
  const i = contents.findIndex((c) => c.id === id);
  if (i < 0) return { prev: null, next: null };
  return { prev: contents[i - 1] ?? null, next: contents[i + 1] ?? null };
}
