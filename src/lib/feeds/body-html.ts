/**
 * An entry's MDX body as clean HTML for a feed's full text (`content:encoded`):
 * markdown-it renders the Markdown, sanitize-html keeps only plain text markup,
 * and links become absolute, since feed readers show the text away from the site.
 *
 * The pages themselves are rendered by Sätteri (src/lib/render/); this is for Markdown
 * that must become HTML outside Astro's pipeline.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { missingFigureHtml } from '../render/components.ts';

/** CommonMark + GFM tables; raw HTML is let through only for the sanitiser to clean (bodies use `<br />` in table cells). */
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Markup a feed reader may show: text structure, tables and links, nothing executable, no styling. */
export const FEED_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'b',
  'i',
  'del',
  's',
  'sup',
  'sub',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'a',
  'div',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

/** Backslash-escapes Markdown punctuation so that a string expression's text stays text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, (c) => `\\${c}`);
}

/**
 * MDX → Markdown: the constructs MDX has and Markdown lacks, as content-format.md allows them:
 * string expressions (`{"http://…"}`) become their text, `<MissingFigure title="…" />` its placeholder.
 */
export function mdxToMarkdown(source: string): string {
  return source
    .replace(/\{\s*("(?:[^"\\\n]|\\.)*")\s*\}/g, (_, literal: string) => escapeMarkdown(JSON.parse(literal) as string))
    .replace(/<MissingFigure(?:\s+title="([^"]*)")?\s*\/>/g, (_, title?: string) =>
      missingFigureHtml(title?.replace(/&quot;/g, '"')),
    );
}

/** Cleans HTML to FEED_TAGS, with `href` only on links (http, https, mailto, made absolute against `base`). */
export function sanitizeFeedHtml(html: string, base: string | URL): string {
  return sanitizeHtml(html, {
    allowedTags: [...FEED_TAGS],
    allowedAttributes: { a: ['href'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'], ol: ['start'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      a: (tagName, attribs) => {
        if (!attribs.href) return { tagName, attribs };
        try {
          return { tagName, attribs: { href: new URL(attribs.href, base).href } };
        } catch {
          return { tagName, attribs: {} };
        }
      },
    },
  });
}

/** Full text of an entry for a feed: MDX body → Markdown → HTML → sanitised HTML. */
export function feedBodyHtml(source: string, base: string | URL): string {
  return sanitizeFeedHtml(markdown.render(mdxToMarkdown(source)), base);
}
