/**
 * The search figures of `npm run bench`: serves a built site with nginx and the
 * production configuration (gzip as deployed), types a first and a later query
 * into /search/ in Chromium, and returns the bytes each one fetched, beside the
 * index's size on disk. Queries that the synthetic archive is sure to contain:
 * a 文号 of the real seed content, then a common topic.
 */
import { serveWithNginx } from '../harness/nginx.ts';
import { launchChromium } from '../harness/chromium.ts';
import { browserSearchFigures, indexFigures, type IndexFigures, type SearchMeasurement } from './search-figures.ts';

export interface SearchBytes {
  index: IndexFigures;
  first: SearchMeasurement;
  later: SearchMeasurement;
}

/** A journalist's 文号 (first search: code, wasm, metadata and the catalogue part come with it), then a topic. */
export const FIRST_QUERY = '沙府发〔2025〕8号';
export const LATER_QUERY = '安全生产';

export async function searchBytes(distDir: string, first = FIRST_QUERY, later = LATER_QUERY): Promise<SearchBytes> {
  const index = indexFigures(distDir);
  const server = await serveWithNginx(distDir);
  try {
    const browser = await launchChromium();
    try {
      return { index, ...(await browserSearchFigures(browser, server.origin, first, later)) };
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

// Run directly: npx tsx src/bench/search-bytes.ts DIST [FIRST LATER]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, first, later] = process.argv.slice(2);
  if (!dist) throw new Error('用法：tsx src/bench/search-bytes.ts 构建输出目录 [首次查询 后续查询]');
  const figures = await searchBytes(dist, first, later);
  console.log(JSON.stringify(figures, null, 2));
}
