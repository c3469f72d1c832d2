/**
 * The wording of a text, without what an export style changes: Markdown
 * and MDX escapes, **emphasis**, heading marks, table pipes, item numbers in
 * any style (一、 / 1、 / （一） / （1）), bookmark debris, line breaks, and
 * spaces next to Chinese characters (2024 年 / 2024年). Two editions whose
 * wordings are equal say the same words.
 */

/** Han characters and full-width punctuation: a space beside one is layout, not wording. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2014\\u2026';
const SPACE_BY_CJK = new RegExp(`\\s+(?=[${CJK}])|(?<=[${CJK}])\\s+`, 'gu');

/** Item numbers as the styles print them, at the start of a paragraph or heading. */
const ITEM_NUMBER =
  /^(?:[一二三四五六七八九十百]+[、.．]|\d{1,3}(?:、|[.．](?!\d))|[（(][一二三四五六七八九十百\d]{1,4}[）)]|[①-⑳]|第[一二三四五六七八九十百]+[章节条部分篇])\s*/u;

export function wordingOf(block: string): string {
  let text = block
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/\{"((?:[^"\\]|\\.)*)"\}/g, (_m, inner: string) => JSON.parse(`"${inner}"`) as string)
    .replace(/<br\s*\/?>/g, '')
    .replace(/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s*\|\s*/g, '|')
    .replace(/\n+/g, '')
    .trim();
  text = text.replace(/^\|/, '').replace(/\|$/, '');
  text = text.replace(ITEM_NUMBER, '');
  return text.replace(SPACE_BY_CJK, '').replace(/\s+/g, ' ').trim();
}
