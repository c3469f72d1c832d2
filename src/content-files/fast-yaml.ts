/**
 * A fast reader for the plain YAML our content is written in: block mappings and
 * sequences, one-line plain, quoted and flow scalars, comment lines. It gives
 * exactly what the `yaml` package (YAML 1.2 core schema) gives for such text, ten
 * times faster, and returns undefined for anything else (block scalars, anchors,
 * tags, multi-line scalars, inline comments, tabs, odd indentation, duplicate keys…),
 * which is then parsed by `yaml` itself, so that its error messages and lines stay.
 * tests/content-check/fast-yaml.test.ts compares the two on real and mutated content.
 */

interface Line {
  indent: number;
  text: string;
}

const BAIL = Symbol('bail');
const bail = (): never => {
  throw BAIL;
};

/** Characters outside ordinary text: left to `yaml` (tabs, CR, controls, BOM, Unicode line breaks). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters a plain scalar may not hold
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;
/** First characters that make a scalar something other than a plain string. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

/** A plain scalar as the core schema reads it. */
function resolvePlain(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (!NUMBER.test(text)) return text;
  if (/^0o/.test(text)) return parseInt(text.slice(2), 8);
  if (/^0x/.test(text)) return parseInt(text.slice(2), 16);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/nan$/i.test(text)) return NaN;
  if (/inf$/i.test(text)) return text[0] === '-' ? -Infinity : Infinity;
  return parseFloat(text);
}

/** A plain scalar in block (`flow` false) or flow context, checked to be one. */
function plain(text: string, flow: boolean): unknown {
  if (!text || INDICATOR.test(text) || text.includes(': ') || text.endsWith(':') || text.includes(' #')) bail();
  if (flow && /[,[\]{}:#]/.test(text)) bail();
  return resolvePlain(text);
}

/** A quoted scalar starting at `text[at]`; returns its value and the index after the closing quote. */
function quoted(text: string, at: number): [string, number] {
  const quote = text[at];
  let value = '';
  for (let i = at + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote === "'" && ch === "'") {
      if (text[i + 1] !== "'") return [value, i + 1];
      value += "'";
      i++;
    } else if (quote === '"' && ch === '"') {
      return [value, i + 1];
    } else if (quote === '"' && ch === '\\') {
      const next = text[++i];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
        value += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
        i += 4;
      } else value += ESCAPES[next] ?? bail();
    } else value += ch;
  }
  return bail();
}

/** A flow sequence [a, "b"] or mapping { k: v } that fills `text`; no nesting. */
function flow(text: string): unknown {
  const close = text[0] === '[' ? ']' : '}';
  const items: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = 1;
  const skip = () => {
    while (text[i] === ' ') i++;
  };
  const scalar = (stops: RegExp): unknown => {
    skip();
    if (text[i] === '"' || text[i] === "'") {
      const [value, end] = quoted(text, i);
      i = end;
      return value;
    }
    const start = i;
    while (i < text.length && !stops.test(text[i])) i++;
    return plain(text.slice(start, i).replace(/ +$/, ''), true);
  };
  skip();
  if (text[i] === close && i === text.length - 1) return close === ']' ? items : map;
  for (;;) {
    if (close === ']') items.push(scalar(/[,\]]/));
    else {
      const key = scalar(/[:,}]/);
      if (typeof key !== 'string' || text[i] !== ':' || text[i + 1] !== ' ') bail();
      i++;
      setKey(map, key as string, scalar(/[,}]/));
    }
    skip();
    if (text[i] === close && i === text.length - 1) return close === ']' ? items : map;
    if (text[i] !== ',') bail();
    i++;
  }
}

/** A scalar or flow collection written after `key:` or `- `. */
function inline(text: string): unknown {
  if (text[0] === '"' || text[0] === "'") {
    const [value, end] = quoted(text, 0);
    return end === text.length ? value : bail();
  }
  if (text[0] === '[' || text[0] === '{') return flow(text);
  return plain(text, false);
}

function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__' || key === '<<' || Object.hasOwn(map, key) || resolvePlain(key) !== key) bail();
  map[key] = value;
}

const isItem = (text: string) => text === '-' || text.startsWith('- ');

/** Index of the colon that ends a mapping key on `text`, or -1. */
function keyColon(text: string): number {
  if (text[0] === '"' || text[0] === "'" || text[0] === '[' || text[0] === '{') return -1;
  const at = text.indexOf(': ');
  return at >= 0 ? at : text.endsWith(':') ? text.length - 1 : -1;
}

/** Parses `text`; undefined when it is not the plain YAML this reader knows. */
export function fastYaml(text: string): unknown {
  if (UNUSUAL.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    const content = raw.replace(/ +$/, '');
    const indent = content.length - content.replace(/^ +/, '').length;
    if (content.length === indent || content[indent] === '#') continue;
    if (indent === 0 && /^(?:---|\.\.\.|%)/.test(content)) return undefined;
    lines.push({ indent, text: content.slice(indent) });
  }
  let pos = 0;
  const deeper = (indent: number) => pos < lines.length && lines[pos].indent > indent;

  function block(indent: number): unknown {
    return isItem(lines[pos].text) ? sequence(indent) : mapping(indent);
  }
  /** The value of `key:` (or `-`) with nothing after it: a deeper block, a same-level sequence, or null. */
  function nested(indent: number, compact: boolean): unknown {
    if (deeper(indent)) return block(lines[pos].indent);
    if (compact && pos < lines.length && lines[pos].indent === indent && isItem(lines[pos].text))
      return sequence(indent);
    return null;
  }
  function mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    while (pos < lines.length && lines[pos].indent === indent) {
      const { text } = lines[pos++];
      const colon = keyColon(text);
      if (colon <= 0 || isItem(text) || text[colon - 1] === ' ') bail();
      const key = text.slice(0, colon);
      if (INDICATOR.test(key) || key.includes(' #')) bail();
      const rest = text.slice(colon + 1).replace(/^ +/, '');
      setKey(map, key, rest ? inline(rest) : nested(indent, true));
      if (rest && deeper(indent)) bail();
    }
    if (deeper(indent)) bail();
    return map;
  }
  function sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    while (pos < lines.length && lines[pos].indent === indent && isItem(lines[pos].text)) {
      const { text } = lines[pos];
      const rest = text.slice(1).replace(/^ +/, '');
      const column = indent + text.length - rest.length;
      if (!rest) {
        pos++;
        items.push(nested(indent, false));
      } else if (isItem(rest)) {
        bail();
      } else if (keyColon(rest) > 0) {
        lines[pos] = { indent: column, text: rest };
        items.push(mapping(column));
      } else {
        pos++;
        items.push(inline(rest));
        if (deeper(indent)) bail();
      }
    }
    if (deeper(indent)) bail();
    return items;
  }

  try {
    if (lines.length === 0) return undefined;
    const value = block(lines[0].indent);
    return pos === lines.length ? value : undefined;
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}
