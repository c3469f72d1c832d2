/**
 * Decides which paragraphs are headings, from the document's own numbering:
 * the first marker family met is the top level, a new family nests under the
 * current one, a family already open closes everything below it. A numbered
 * paragraph whose first sentence is short is a run-in head (bold lead text).
 */
import { readMarker, type Marker, type MarkerFamily } from './numbering.ts';

export type Classified =
  { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string; head?: string };

interface Open {
  key: string;
  last: number;
}

const familyKey = (m: Marker) => (m.family === 'decimal' ? `decimal${m.depth}` : m.family);
/** Families that number list items or clauses, never headings. */
const NEVER_HEADING: MarkerFamily[] = ['circled', 'article'];
const MAX_HEADING_CHARS = 40;
const MAX_RUN_IN_CHARS = 32;

export class Outline {
  private stack: Open[] = [];

  /** @param baseLevel markdown level of the top numbering family (### = 3). */
  constructor(
    private readonly baseLevel: number,
    private readonly workReport = false,
  ) {}

  /** Starts a new numbering scope (an enclosed document, an attachment, a report part). */
  reset(): void {
    this.stack = [];
  }

  classify(text: string, next: string | undefined): Classified {
    const trimmed = text.trim();
    const marker = readMarker(trimmed);
    if (!marker) return this.classifyUnnumbered(trimmed);
    const key = familyKey(marker);
    const pos = this.stack.findIndex((o) => o.key === key);
    if (pos >= 0) {
      const open = this.stack[pos];
      const inSequence = marker.value === open.last + 1 || marker.value === 1;
      if (!inSequence) return { kind: 'paragraph', text: trimmed };
      this.stack.length = pos + 1;
      open.last = marker.value;
    } else {
      this.stack.push({ key, last: marker.value });
    }
    const depth = this.stack.findIndex((o) => o.key === key);
    const level = Math.min(6, this.baseLevel + depth);
    if (NEVER_HEADING.includes(marker.family)) return { kind: 'paragraph', text: trimmed };
    return this.shape(trimmed, marker, level, next);
  }

  private shape(text: string, marker: Marker, level: number, next: string | undefined): Classified {
    const rest = marker.rest.trim();
    const stop = rest.search(/[。；：;:！？]/);
    const standalone =
      rest.length > 0 &&
      rest.length <= MAX_HEADING_CHARS &&
      (stop === -1 || (stop === rest.length - 1 && rest.endsWith('。')));
    if (standalone && !rest.endsWith('。')) return { kind: 'heading', level, text };
    if (standalone && this.opensSubItems(marker, next)) return { kind: 'heading', level, text };
    const end = rest.indexOf('。');
    const before = end > 0 ? rest.slice(0, end) : '';
    if (end > 0 && end < rest.length - 1 && before.length <= MAX_RUN_IN_CHARS && !/[；：;:]/.test(before)) {
      const headLength = text.length - rest.length + end + 1;
      return { kind: 'paragraph', text, head: text.slice(0, headLength) };
    }
    return { kind: 'paragraph', text };
  }

  /** A one-sentence item is a heading only when the next paragraph opens a deeper numbering. */
  private opensSubItems(marker: Marker, next: string | undefined): boolean {
    const nextMarker = next ? readMarker(next.trim()) : null;
    if (!nextMarker) return false;
    const key = familyKey(nextMarker);
    if (key === familyKey(marker)) return false;
    return !this.stack.some((o) => o.key === key);
  }

  private classifyUnnumbered(text: string): Classified {
    if (!this.workReport) return { kind: 'paragraph', text };
    if (isReportPart(text)) {
      this.reset();
      return { kind: 'heading', level: this.baseLevel - 1, text };
    }
    const end = text.indexOf('。');
    if (end >= 6 && end <= 13 && end < text.length - 1) {
      const head = text.slice(0, end);
      if (!/[，、；：！？“”,;:]/.test(head) && !/^[—－-]/.test(head))
        return { kind: 'paragraph', text, head: text.slice(0, end + 1) };
    }
    return { kind: 'paragraph', text };
  }
}

/** A work report's unnumbered part title: short, no punctuation, not a 一、 item. */
export function isReportPart(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 30) return false;
  if (/[。，；：！？、,;:!?]/.test(t) || /^[—－-]/.test(t)) return false;
  return /[\u4e00-\u9fa5]/.test(t);
}
