/**
 * Every reference resolves to an existing entry of the collection the field
 * expects. References are found wherever the schema put them (gazette,
 * contents[].report/notice, parent, repeals[].document, glossary, related,
 * definitions[].report, indicator sources…): after validation each one is an
 * object { collection, id } produced by the `ref` function.
 */
import { COLLECTION_KEYS } from '../../schemas/collections.ts';
import type { CollectionKey } from '../../schemas/index.ts';
import type { Rule } from '../context.ts';
import type { FieldPath } from '../types.ts';

export interface FoundReference {
  path: FieldPath;
  collection: CollectionKey;
  id: string;
}

const COLLECTION_SET: ReadonlySet<unknown> = new Set(COLLECTION_KEYS);

function isReference(value: object): value is { collection: CollectionKey; id: string } {
  const { collection, id } = value as Record<string, unknown>;
  return typeof id === 'string' && COLLECTION_SET.has(collection) && Object.keys(value).length === 2;
}

/** Every reference in validated entry data, with its field path. */
export function findReferences(data: unknown, path: FieldPath = []): FoundReference[] {
  const found: FoundReference[] = [];
  collect(data, [...path], found);
  return found;
}

/** Adds the references under `data` to `found`; `path` is a stack, copied only for a finding. */
function collect(data: unknown, path: (string | number)[], found: FoundReference[]): void {
  if (data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      path.push(i);
      collect(data[i], path, found);
      path.pop();
    }
  } else if (isReference(data)) {
    found.push({ path: [...path], collection: data.collection, id: data.id });
  } else {
    for (const key of Object.keys(data)) {
      path.push(key);
      collect((data as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
}

export const references: Rule = {
  name: 'references',
  description: '每个引用都指向对应集合中存在的条目',
  check(context) {
    for (const entry of context.index.valid) {
      for (const ref of findReferences(entry.parsed)) {
        if (ref.collection === entry.collection && ref.id === entry.id) {
          context.error(entry, ref.path, `不能引用条目自身（“${ref.id}”就是本文件）`);
          continue;
        }
        if (context.exists(ref.collection, ref.id)) continue;
        const elsewhere = COLLECTION_KEYS.filter((c) => c !== ref.collection && context.exists(c, ref.id));
        const hint = elsewhere.length
          ? `；“${ref.id}”是 ${elsewhere.join('、')} 中的条目，此处应指向 ${ref.collection} 中的条目`
          : `（应为 content/${ref.collection}/ 下某个文件的 id，即不含扩展名的文件名）`;
        context.error(entry, ref.path, `找不到 ${ref.collection} 中 id 为“${ref.id}”的条目${hint}`);
      }
    }
  },
};
