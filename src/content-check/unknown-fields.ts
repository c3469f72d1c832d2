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

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);
const unwrapped = new WeakMap<object, any>();

/** Unwraps optional/nullable/default/pipe wrappers down to the schema that sees the raw value (remembered per schema). */
function unwrap(schema: any): any {
  if (schema === null || typeof schema !== 'object') return schema;
  if (unwrapped.has(schema)) return unwrapped.get(schema);
  let current = schema;
  for (let i = 0; i < 20 && current?._zod; i++) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else break;
  }
  unwrapped.set(schema, current);
  return current;
}

/** Unknown keys anywhere in `data`, read against `schema`. */
export function findUnknownFields(schema: unknown, data: unknown, path: FieldPath = []): UnknownField[] {
  const found: UnknownField[] = [];
  walk(schema, data, [...path], found);
  return found;
}

/** Adds the unknown keys under `data` to `found`; `path` is a stack, copied only for a finding. */
function walk(schema: unknown, data: unknown, path: (string | number)[], found: UnknownField[]): void {
  const def = unwrap(schema)?._zod?.def;
  if (!def || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    if (def.type !== 'array' && def.type !== 'tuple') return;
    for (let i = 0; i < data.length; i++) {
      const element = def.type === 'array' ? def.element : def.items[i];
      if (!element) continue;
      path.push(i);
      walk(element, data[i], path, found);
      path.pop();
    }
    return;
  }
  if (def.type !== 'object') return;
  const shape: Record<string, unknown> = def.shape;
  for (const key of Object.keys(data)) {
    path.push(key);
    if (Object.hasOwn(shape, key)) walk(shape[key], (data as Record<string, unknown>)[key], path, found);
    else found.push({ path: [...path], suggestion: closest(key, Object.keys(shape)) });
    path.pop();
  }
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
