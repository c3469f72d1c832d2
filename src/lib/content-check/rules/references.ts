/**
 * Every reference resolves to an existing entry of the collection the field
 * expects. References are found wherever the schema put them (gazette,
 * contents[].report/notice, parent, repeals[].document, glossary, related,
 * definitions[].report, indicator sources…): after validation each one is an
 * object { collection, id } produced by the `ref` function.
 */
import { COLLECTIONS } from '../load.ts';
import type { CollectionKey } from '../../../schemas/index.ts';
import type { Rule } from '../context.ts';
import type { FieldPath } from '../types.ts';

export interface FoundReference {
  path: FieldPath;
  collection: CollectionKey;
  id: string;
}

function isReference(value: unknown): value is { collection: CollectionKey; id: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { collection, id } = value as Record<string, unknown>;
  return keys.length === 2 && typeof id === 'string' && (COLLECTIONS as unknown[]).includes(collection);
}

/** Every reference in validated entry data, with its field path. */
export function findReferences(data: unknown, path: FieldPath = []): FoundReference[] {
  if (isReference(data)) return [{ path, collection: data.collection, id: data.id }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findReferences(item, [...path, i]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => findReferences(value, [...path, key]));
  }
  return [];
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
        const elsewhere = COLLECTIONS.filter((c) => c !== ref.collection && context.exists(c, ref.id));
        const hint = elsewhere.length
          ? `；“${ref.id}”是 ${elsewhere.join('、')} 中的条目，此处应指向 ${ref.collection} 中的条目`
          : `（应为 content/${ref.collection}/ 下某个文件的 id，即不含扩展名的文件名）`;
        context.error(entry, ref.path, `找不到 ${ref.collection} 中 id 为“${ref.id}”的条目${hint}`);
      }
    }
  },
};
