/**
 * Serialises a body's hast tree (as Sätteri's mdxToHast gives it, after our
 * transforms) to HTML, byte for byte as Astro rendered compiled MDX: text and
 * attribute values escaped alike, void elements closed as <br/>, lower-case JSX
 * elements (<br />) as plain HTML, our components (components.ts) as their HTML, and
 * string-literal expressions ({"www.example.com"}) as their text.
 */
import { BODY_COMPONENTS, escapeHtml } from './components.ts';

export interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
  position?: { start: { line: number } };
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * hast property name → HTML attribute name, as hast's property-information spells them:
 * className → class, tabIndex → tabindex, ariaDescribedBy → aria-describedby,
 * dataPagefindIgnore → data-pagefind-ignore.
 */
export function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  if (/^data[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

function attributes(properties: Record<string, unknown>): string {
  let out = '';
  for (const [property, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    const name = attributeName(property);
    out +=
      value === true ? ` ${name}` : ` ${name}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`;
  }
  return out;
}

function element(tagName: string, properties: Record<string, unknown>, children: HastNode[]): string {
  if (VOID_ELEMENTS.has(tagName)) return `<${tagName}${attributes(properties)}/>`;
  return `<${tagName}${attributes(properties)}>${children.map(toHtml).join('')}</${tagName}>`;
}

/** JSX attributes as props (only literal values: the renderer refuses expressions before this). */
function jsxProps(node: HastNode): Record<string, unknown> {
  return Object.fromEntries((node.attributes ?? []).filter((a) => a.name).map((a) => [a.name!, a.value ?? true]));
}

export function toHtml(node: HastNode): string {
  switch (node.type) {
    case 'root':
      return (node.children ?? []).map(toHtml).join('');
    case 'text':
      return escapeHtml(node.value ?? '');
    case 'element':
      return element(node.tagName!, node.properties ?? {}, node.children ?? []);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return escapeHtml(JSON.parse((node.value ?? '""').trim()) as string);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const component = node.name ? BODY_COMPONENTS[node.name] : undefined;
      if (component) return component(jsxProps(node));
      return element(node.name!, jsxProps(node), node.children ?? []);
    }
    default:
      return '';
  }
}
