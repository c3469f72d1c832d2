/**
 * Sibling items never go back in number (（一） → （二）, or a restart at 1).
 * When a block of the export came out of reading order (（二） printed before
 * （一）), swapping two adjacent siblings with their content restores the
 * sequence: swap them and record it; otherwise leave the order as printed.
 */
import type { RepairNote, SourceBlock } from '../types.ts';
import { readMarker, type Marker } from './numbering.ts';

interface Sibling {
  at: number;
  value: number;
  printed: string;
}

const familyOf = (m: Marker) => (m.family === 'decimal' ? `decimal${m.depth}` : m.family);

export function restoreSiblingOrder(blocks: SourceBlock[]): { blocks: SourceBlock[]; notes: RepairNote[] } {
  const markers = blocks.map((b) => (b.kind === 'text' ? readMarker(b.text.trim()) : null));
  const order: string[] = [];
  for (const m of markers) if (m && !order.includes(familyOf(m))) order.push(familyOf(m));
  let out = blocks;
  const notes: RepairNote[] = [];
  for (const family of order) {
    const rank = order.indexOf(family);
    let run: Sibling[] = [];
    const flush = (end: number) => {
      const swapped = trySwap(run);
      if (swapped !== null) {
        const [a, b] = [run[swapped], run[swapped + 1]];
        const endB = swapped + 2 < run.length ? run[swapped + 2].at : end;
        out = [...out.slice(0, a.at), ...out.slice(b.at, endB), ...out.slice(a.at, b.at), ...out.slice(endB)];
        notes.push({
          line: out[a.at].lines[0],
          kind: 'reorder',
          note: `“${a.printed}”一段在导出中排在“${b.printed}”之前，已按编号顺序调回（第 ${blocks[b.at].lines[0]} 行起的内容移到第 ${blocks[a.at].lines[0]} 行之前）`,
        });
      }
      run = [];
    };
    markers.forEach((m, i) => {
      if (!m) return;
      const f = familyOf(m);
      if (f === family) run.push({ at: i, value: m.value, printed: m.printed });
      else if (order.indexOf(f) < rank) flush(i);
    });
    flush(blocks.length);
    if (notes.length) break;
  }
  return { blocks: out, notes };
}

/** Index k such that swapping siblings k and k+1 makes the numbers run 1, 2, 3…; null if none or already in order. */
function trySwap(run: Sibling[]): number | null {
  const values = run.map((s) => s.value);
  const consecutive = (v: number[]) => v.length > 0 && v[0] === 1 && v.every((x, i) => i === 0 || x === v[i - 1] + 1);
  if (run.length < 2 || consecutive(values)) return null;
  for (let k = 0; k + 1 < values.length; k++) {
    const v = [...values];
    [v[k], v[k + 1]] = [v[k + 1], v[k]];
    if (consecutive(v)) return k;
  }
  return null;
}
