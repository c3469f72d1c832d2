// The search page's query for readers without JavaScript (nginx njs, deploy/nginx.conf).
//
// A static page cannot read ?q=, so nginx writes it into the page's main box:
// `js_set $spb_search_q spb_search.value` makes the first q argument of the request,
// percent-decoded and escaped for an HTML attribute, and `sub_filter` puts it into
// <input id="search-q" …> as its value. With JavaScript the page's script sets the box
// from the URL itself (src/client/search/main.ts), to the same text.
//
// Runs in Debian's njs (libnginx-mod-http-js, 0.7.x) and in Node (tests/search/
// search-query-njs.test.ts): plain functions, no Node or nginx API beyond `r.variables.args`.

/** Longer queries are cut to this many characters; the box is for a few words. */
const MAX_CHARACTERS = 200;

/**
 * The first `q` argument of a raw query string, decoded as a form would encode it
 * ('+' is a space) and as the page's script reads it (URLSearchParams.get('q')).
 * Malformed percent-encoding (a cut or non-UTF-8 sequence) gives '' and never throws.
 */
function queryFromArgs(args) {
  const pairs = typeof args === 'string' ? args.split('&') : [];
  for (let i = 0; i < pairs.length; i++) {
    const eq = pairs[i].indexOf('=');
    const name = eq < 0 ? pairs[i] : pairs[i].slice(0, eq);
    if (decodeFormPart(name) !== 'q') continue;
    return eq < 0 ? '' : decodeFormPart(pairs[i].slice(eq + 1));
  }
  return '';
}

function decodeFormPart(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch (e) {
    return '';
  }
}

// Dropping control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** Text safe inside a double- or single-quoted HTML attribute; control characters are dropped. */
function escapeAttribute(text) {
  return text
    .replace(CONTROL_CHARACTERS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** At most `max` characters (njs counts code points, Node UTF-16 units), never half of a surrogate pair; njs has no Array.from. */
function limit(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** The js_set handler: the request's query, ready for value="…"; '' rather than an error, whatever comes. */
function value(r) {
  try {
    return escapeAttribute(limit(queryFromArgs(r.variables.args), MAX_CHARACTERS));
  } catch (e) {
    return '';
  }
}

export default { value, queryFromArgs, escapeAttribute, limit, MAX_CHARACTERS };
