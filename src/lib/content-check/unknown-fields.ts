/**
 * Finds fields the schema does not know. Zod objects drop them silently, so a
 * typo such as `signeDate:` would lose the date without a word; the checker
 * warns and suggests the closest known name.
 */
import type { FieldPath } from './types.ts';

export interface UnknownField {
  path: FieldPath;
  suggestion?: string;
}

/** Unwraps optional/nullable/default/pipe wrappers down to the schema that sees the raw value. */
function unwrap(schema: any): any {
  let current = schema;
  for (let i = 0; i < 20 && current?._zod; i++) {
    const def = current._zod.def;
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else break;
  }
  return current;
}

/** Unknown keys anywhere in `data`, read against `schema`. */
export function findUnknownFields(schema: unknown, data: unknown, path: FieldPath = []): UnknownField[] {
  const inner = unwrap(schema);
  const def = inner?._zod?.def;
  if (!def || data === null || typeof data !== 'object') return [];
  if (def.type === 'array' && Array.isArray(data)) {
    return data.flatMap((item, i) => findUnknownFields(def.element, item, [...path, i]));
  }
  if (def.type === 'tuple' && Array.isArray(data)) {
    return data.flatMap((item, i) => (def.items[i] ? findUnknownFields(def.items[i], item, [...path, i]) : []));
  }
  if (def.type !== 'object' || Array.isArray(data)) return [];
  const shape: Record<string, unknown> = def.shape;
  const known = Object.keys(shape);
  return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
    key in shape
      ? findUnknownFields(shape[key], value, [...path, key])
      : [{ path: [...path, key], suggestion: closest(key, known) }],
  );
}

/** The known name within edit distance 2 of `key` (or differing only in case), if any. */
function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of known) {
    const d = name.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
