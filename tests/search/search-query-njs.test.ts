/**
 * deploy/search-query.js, the njs file with which nginx puts ?q= into the search page's box for
 * readers without JavaScript, run under Node. tests/search/search-page.browser.test.ts checks it
 * inside nginx (njs 0.7, where these functions run too).
 */
import { describe, expect, test } from 'vitest';
import searchQuery from '../../deploy/search-query.js';
import { readState } from '../../src/lib/search/url-state.ts';

const { value, queryFromArgs, escapeAttribute, limit, MAX_CHARACTERS } = searchQuery;
/** What nginx passes the js_set handler: the raw query string, or undefined without one. */
const request = (args: string | undefined) => ({ variables: { args } });

describe('the search query for the page without JavaScript (deploy/search-query.js)', () => {
  test('decodes the first q argument as the page script reads it', () => {
    for (const args of [
      'q=%E7%99%BD%E5%90%8D%E5%8D%95',
      'q=a+b%2Bc',
      'sort=date-desc&q=%E5%8F%8C%E5%87%8F&%E7%B1%BB%E5%9E%8B=%E6%96%87%E4%BB%B6',
      'q=a&q=b',
      '%71=key+encoded',
      'q=',
      'q',
      'Q=upper',
      'qq=1',
      '',
    ])
      expect(queryFromArgs(args), args).toBe(readState(`?${args}`).q);
    expect(queryFromArgs(undefined)).toBe('');
  });

  test('malformed percent-encoding gives an empty query, never an error', () => {
    for (const args of ['q=%E7%99', 'q=%FF', 'q=%', 'q=%zz', 'q=%E7%99%BD%E5%90'])
      expect(value(request(args)), args).toBe('');
    expect(value(request(undefined))).toBe('');
    expect(value({})).toBe('');
  });

  test('escapes the five characters that could leave the attribute or start markup', () => {
    expect(escapeAttribute(`"><img src=x onerror=alert(1)>&amp;'`)).toBe(
      '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;&#39;',
    );
    expect(value(request('q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%26amp%3B'))).toBe(
      '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;',
    );
    expect(escapeAttribute('沙府发〔2025〕8号')).toBe('沙府发〔2025〕8号');
    expect(escapeAttribute('a\u0000b\nc\td\u007f')).toBe('abcd');
  });

  test(`cuts a long query to ${MAX_CHARACTERS} characters without splitting a surrogate pair`, () => {
    expect(value(request(`q=${'%E7%99%BD'.repeat(300)}`))).toBe('白'.repeat(MAX_CHARACTERS));
    expect(limit(`${'a'.repeat(MAX_CHARACTERS - 1)}😀`, MAX_CHARACTERS)).toBe('a'.repeat(MAX_CHARACTERS - 1));
    expect(limit('短', MAX_CHARACTERS)).toBe('短');
  });
});
