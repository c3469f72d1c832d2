/** /glossary/term-tip.js: the term-definition enhancement that glossary links in document bodies load. */
import source from '../../scripts/glossary/term-tip.js?raw';

export function GET() {
  return new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
