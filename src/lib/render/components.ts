/**
 * The MDX components a content body may use, as plain functions returning HTML, so
 * that bodies render outside Vite (src/lib/render/mdx-html.ts).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text and attribute values as Astro does (&, <, >, " and '). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A component: its props (attributes as written) → HTML. */
export type BodyComponent = (props: Record<string, unknown>) => string;

/** Placeholder for an image or flowchart that the export did not contain. */
export function missingFigureHtml(title?: string): string {
  const what = title ? `“${escapeHtml(title)}”` : '此处原为图片';
  return `<div class="missing-figure" role="note"><p><strong>图示缺失：</strong>${what}在导出文本中没有内容，请以正式印发文件为准。</p></div>`;
}

/** Components by the name a body uses for them (<MissingFigure title="…" />). */
export const BODY_COMPONENTS: Record<string, BodyComponent> = {
  MissingFigure: (props) => missingFigureHtml(typeof props.title === 'string' ? props.title : undefined),
};
