/**
 * The review page's building blocks: every text goes through one escape
 * (the renderer's escapeHtml: &, <, >, " and '), so a page built from an
 * export's words can never carry markup or script from them; marked text
 * (<ins>/<del>) is said in words (增加：/删去：) and shown with marks.
 */
import { escapeHtml } from '../../lib/render/components.ts';
import type { Segment } from '../../lib/editions/inline.ts';

export const esc = escapeHtml;

/** A table from header cells and rows of already-escaped cells. */
export function table(caption: string, header: string[], rows: string[][]): string {
  if (!rows.length) return '';
  const head = header.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Source lines around `line` (1-based), the line itself marked, numbered as in the export. */
export function sourceExcerpt(lines: string[], line: number | null, around = 1): string {
  if (!line) return '<span class="none">（无行号）</span>';
  const from = Math.max(1, line - around);
  const to = Math.min(lines.length, line + around);
  const rows: string[] = [];
  for (let n = from; n <= to; n++) {
    const text = esc(lines[n - 1] ?? '');
    rows.push(n === line ? `<mark><b>${n}</b> ${text}</mark>` : `<b>${n}</b> ${text}`);
  }
  return `<pre class="source">${rows.join('\n')}</pre>`;
}

/** Text with its changes marked, as on the site's versions pages. */
export function marked(segments: Segment[]): string {
  return segments
    .map((s) =>
      s.kind === 'same'
        ? esc(s.text)
        : s.kind === 'ins'
          ? `<ins><span class="vh">增加：</span><span aria-hidden="true">［＋</span>${esc(s.text)}<span aria-hidden="true">］</span></ins>`
          : `<del><span class="vh">删去：</span><span aria-hidden="true">［－</span>${esc(s.text)}<span aria-hidden="true">］</span></del>`,
    )
    .join('');
}

/** A field's value for the metadata table. */
export function fieldValue(value: unknown): string {
  if (value === null || value === undefined) return '<span class="none">（无）</span>';
  if (typeof value === 'string') return esc(value);
  return esc(JSON.stringify(value));
}

export const STYLE = `
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;line-height:1.6;color:#111;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #333;margin-top:2.5rem}h3{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:start;font-weight:700;padding:.3rem 0}
th,td{border:1px solid #888;padding:.3rem .5rem;text-align:start;vertical-align:top}th{background:#eee}
pre.source{margin:0;white-space:pre-wrap;font-family:"Noto Sans Mono CJK SC",monospace;font-size:.9em}
mark{background:#fff3b0;color:#000}.none{color:#555}
ins{text-decoration:underline 2px;background:#e6f4ea;color:#0b4f1c}del{text-decoration:line-through 2px;background:#fce8e6;color:#8a1c12}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.conflict{border:2px solid #8a1c12;padding:.5rem 1rem}.summary{font-weight:700}
@media print{ins,del{background:none;color:#000}}
`;
