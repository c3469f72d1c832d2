/**
 * html-validate configuration for the built pages (tests/quality/html-validate.test.ts).
 * The recommended preset, with one rule set to the HTML standard's own wording:
 * - valid-id relaxed: the standard only forbids empty ids and whitespace. Heading ids are
 *   text slugs of the printed headings (“2025 年工作回顾” → `2025-年工作回顾`), cited in
 *   URLs, so they may start with a digit or a Chinese character and must stay as they are.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    'valid-id': ['error', { relaxed: true }],
  },
};
