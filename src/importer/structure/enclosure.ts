/**
 * What follows a notice's signature: the title of the document a 印发 notice
 * encloses (compared with the 《…》 of the notice's title, spaces ignored),
 * or the issuer block and title of a forwarded (转发) notice.
 */
import type { SourceBlock } from '../types.ts';
import { titleKind } from '../vocabulary/doc-types.ts';
import { findWenhaos, matchPrintedLine } from '../vocabulary/document-lines.ts';
import { isIssuerLine } from '../vocabulary/organisations.ts';
import { compact } from '../vocabulary/text.ts';
import { readMarker } from './numbering.ts';
import { isTitleLike, joinTitle, stripBold } from './title-block.ts';

const text = (b: SourceBlock | undefined) => (b?.kind === 'text' ? stripBold(b.text).trim() : '');

/** The document a notice's title says it issues: 关于印发《X》的通知 → X. */
export function announcedTitle(title: string): string | null {
  const quoted = /(?:印发|公布|转发|发布)《(.+)》的/.exec(title);
  if (quoted) return quoted[1];
  const plain = /(?:印发|公布|发布)(.+)的(?:通知|决定)$/.exec(title);
  return plain ? plain[1] : null;
}

/** Share of b's characters found in order in a (a cheap similarity for titles). */
function overlap(a: string, b: string): number {
  let j = 0;
  for (const ch of a) if (j < b.length && ch === b[j]) j++;
  return b.length ? j / Math.max(a.length, b.length) : 0;
}

/** The enclosed document's title lines after the signature (印发 lines skipped). */
export function findEnclosedTitle(
  blocks: SourceBlock[],
  from: number,
  to: number,
  noticeTitle: string,
): { start: number; end: number; title: string } | null {
  let i = from;
  while (i < to && blocks[i].kind === 'text' && matchPrintedLine(blocks[i].text)) i++;
  if (i >= to || !isTitleLike(blocks[i]) || readMarker(text(blocks[i]))) return null;
  const expected = announcedTitle(noticeTitle);
  const parts: SourceBlock[] = [];
  let best: { end: number; score: number } | null = null;
  for (let j = i; j < to && parts.length < 4 && isTitleLike(blocks[j]) && !readMarker(text(blocks[j])); j++) {
    parts.push(blocks[j]);
    const score = expected ? overlap(compact(joinTitle(parts)), compact(expected)) : 0;
    if (!best || score > best.score) best = { end: j + 1, score };
  }
  if (!best) return null;
  const end = expected && best.score >= 0.6 ? best.end : i + 1;
  if (/^附[\s\u3000]*件/.test(text(blocks[i]))) return null;
  return { start: i, end, title: joinTitle(blocks.slice(i, end)) };
}

export interface Forwarded {
  start: number;
  end: number;
  titleAt: number[];
  title: string;
  issuer: string;
}

/** A forwarded notice: issuer line(s), then a 关于… title, without 文号; it runs to the parent's closing 印发 line. */
export function findForwarded(blocks: SourceBlock[], from: number, to: number): Forwarded | null {
  for (let i = from; i < to; i++) {
    if (!isIssuerLine(text(blocks[i]))) continue;
    const issuers: string[] = [];
    let j = i;
    while (j < to && isIssuerLine(text(blocks[j])) && issuers.length < 4) issuers.push(text(blocks[j++]));
    const titleParts: number[] = [];
    while (j < to && isTitleLike(blocks[j]) && titleParts.length < 4) {
      titleParts.push(j++);
      const about = joinTitle(titleParts.map((k) => blocks[k]));
      if (/^关于/.test(about) && titleKind(about)) {
        let end = to;
        while (end - 1 > j && blocks[end - 1].kind === 'text' && matchPrintedLine(blocks[end - 1].text)) end--;
        const issuer = issuers.map((s) => s.replace(/[\s\u3000]+/g, '')).join(' ');
        return {
          start: i,
          end,
          titleAt: [...issuers.map((_, k) => i + k), ...titleParts],
          title: `${issuer}${about}`,
          issuer,
        };
      }
    }
  }
  return null;
}

/** The 文号 printed right after the forwarded notice's 《title》 in the parent's text. */
export function wenhaoOfForwarded(parentText: string, childTitle: string): { printed: string; normal: string } | null {
  const about = compact(childTitle.slice(childTitle.indexOf('关于')));
  for (const m of parentText.matchAll(/《([^《》]+)》\s*[（(]/g)) {
    if (!compact(m[1]).endsWith(about)) continue;
    const after = parentText.slice((m.index ?? 0) + m[0].length);
    const w = findWenhaos(after)[0];
    if (w && w.index < 4) return { printed: w.printed.trim(), normal: w.normal };
  }
  return null;
}
