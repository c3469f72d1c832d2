/**
 * Marks the parts of an official document that GB/T 9704-2012 lays out by position rather
 * than as body paragraphs, so that they can be laid out as printed (global.css, on screen
 * and on paper): 主送机关 (flush left), the 附件 list (items aligned under the first),
 * 发文机关署名 and 成文日期 (right-aligned, the date under the signature).
 * The importer writes each as a paragraph of its own; they are recognised by their form,
 * top-level paragraphs only, in documents (not reports or glossary entries).
 */
import { textNodesContent } from '../hast/tree.ts';
import type { HastNode } from './hast-html.ts';

const DATE =
  /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇一二三四五六七八九十]{1,3}\s*月\s*[\d〇一二三四五六七八九十]{1,3}\s*日$/;
/** An issuing body's name: no punctuation, ending as the names of offices do. */
const ISSUER_NAME =
  /^[^\s，。、；：！？（）“”《》]{2,40}(政府|办公室|委员会|委|局|院|会|部|中心|办事处|管委会|公司|办|处)$/;
/** A signature line: one name, or the names of joint issuers side by side. */
const isIssuerLine = (words: string) => words.split(/\s+/).every((name) => ISSUER_NAME.test(name));
/** The 主送机关 line: ends with a colon and is no sentence. */
const ADDRESSEES = /^[^。]{2,200}：$/;
const ATTACHMENTS = /^附件[：:]/;
const ATTACHMENT_ITEM = /^\d{1,2}\s*[.．、]/;
/** A joint document is signed by several bodies, one line each. */
const MAX_SIGNATURES = 4;

const isParagraph = (node: HastNode | undefined): node is HastNode => node?.type === 'element' && node.tagName === 'p';
const text = (node: HastNode) => textNodesContent(node).trim();

function mark(node: HastNode, className: string): void {
  const existing = node.properties?.className;
  const classes = Array.isArray(existing) ? existing.map(String) : [];
  node.properties = { ...node.properties, className: [...classes, className] };
}

export function markIssuedParts(root: HastNode): void {
  const blocks = (root.children ?? []).filter((n) => n.type === 'element');
  const first = blocks[0];
  if (isParagraph(first) && ADDRESSEES.test(text(first))) mark(first, 'doc-addressees');
  blocks.forEach((node, i) => {
    if (!isParagraph(node)) return;
    const words = text(node);
    if (ATTACHMENTS.test(words)) {
      mark(node, 'doc-attachments');
      for (let j = i + 1; isParagraph(blocks[j]) && ATTACHMENT_ITEM.test(text(blocks[j])); j++)
        mark(blocks[j], 'doc-attachments-item');
    }
    if (!DATE.test(words)) return;
    const signatures: HastNode[] = [];
    for (
      let j = i - 1;
      j >= 0 && signatures.length < MAX_SIGNATURES && isParagraph(blocks[j]) && isIssuerLine(text(blocks[j]));
      j--
    )
      signatures.push(blocks[j]);
    if (signatures.length === 0) return;
    signatures.forEach((s) => mark(s, 'doc-signature'));
    mark(node, 'doc-date');
  });
}
