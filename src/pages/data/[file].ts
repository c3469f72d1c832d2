/** Every file under /data/ (JSON, CSV with BOM, the catalogue): built in src/data/open-data.ts. */
import type { APIContext } from 'astro';
import { openData } from '../../data/open-data.ts';
import { SITE_URL } from '../../site.config.ts';

export async function getStaticPaths() {
  const { files } = await openData(new URL(SITE_URL));
  return [...files.keys()].map((path) => ({ params: { file: path.slice('/data/'.length) } }));
}

export async function GET(context: APIContext) {
  const { files } = await openData(context.site!);
  const file = files.get(`/data/${context.params.file}`)!;
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
}
