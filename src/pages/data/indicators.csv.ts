/** /data/indicators.csv: one row per target or result; UTF-8 with BOM so that Excel reads the Chinese text. */
import type { APIContext } from 'astro';
import { targetsData } from '../../lib/targets/site-data.ts';
import { OBSERVATION_FIELDS, observationRecords, toCsv } from '../../lib/targets/open-data.ts';

export async function GET(context: APIContext) {
  const { views } = await targetsData();
  return new Response(toCsv(observationRecords(views, String(context.site)), OBSERVATION_FIELDS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
