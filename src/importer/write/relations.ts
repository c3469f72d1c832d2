/**
 * Repeal relations on both sides: when a document repeals one that is on the
 * site (in this import or already published), the repeal names it and the
 * repealed document becomes 已废止 with `repealedBy` pointing back.
 */
import type { VirtualEntry } from './virtual-entry.ts';

const norm = (w: unknown) => (typeof w === 'string' ? w.replace(/\s+/g, '') : null);

export function linkRelations(entries: VirtualEntry[]): void {
  const notices = entries.filter((e) => e.collection === 'notices');
  const byWenhao = new Map(notices.filter((n) => norm(n.data.wenhao)).map((n) => [norm(n.data.wenhao)!, n]));
  for (const repealer of notices) {
    const repeals: any[] = Array.isArray(repealer.data.repeals) ? repealer.data.repeals : [];
    for (const item of repeals) {
      const target = byWenhao.get(norm(item.wenhao) ?? '');
      if (!target || target === repealer) continue;
      if (item.document !== target.slug) {
        item.document = target.slug;
        repealer.touched = true;
      }
      const back: any[] = Array.isArray(target.data.repealedBy) ? target.data.repealedBy : [];
      const already = back.some(
        (b) => b.document === repealer.slug || (norm(b.wenhao) && norm(b.wenhao) === norm(repealer.data.wenhao)),
      );
      if (!already || target.data.validity !== '已废止') {
        target.data.validity = '已废止';
        if (!already)
          target.data.repealedBy = [
            ...back,
            {
              wenhao: repealer.data.wenhao ?? null,
              title: repealer.data.wenhao ? null : repealer.data.title,
              document: repealer.slug,
            },
          ];
        target.touched = true;
      }
    }
  }
}
