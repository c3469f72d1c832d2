/** /data/documents.json: every document's metadata, for reuse. */
import type { APIContext } from 'astro';
import { getCatalogue } from '../../data/catalogue.ts';

export async function GET(context: APIContext) {
  const catalogue = await getCatalogue();
  const documents = catalogue.map(({ url, ...item }) => ({ ...item, url: new URL(url, context.site).href }));
  const body = { generated: 'build', count: documents.length, license: '政府信息公开', documents };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
