/** /glossary/term-tip.css: styles of the term definition, loaded by /glossary/term-tip.js. */
import source from '../../styles/glossary-tip.css?raw';

export function GET() {
  return new Response(source, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
