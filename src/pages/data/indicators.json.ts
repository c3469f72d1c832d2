/** /data/indicators.json: every indicator with its observations (parsed values, status, verbatim text, source URL). */
import type { APIContext } from 'astro';
import { targetsData } from '../../lib/targets/site-data.ts';
import { OBSERVATION_FIELDS, observationRecords } from '../../lib/targets/open-data.ts';

export async function GET(context: APIContext) {
  const { views } = await targetsData();
  const site = String(context.site);
  const records = observationRecords(views, site);
  const indicators = views.map((v) => ({
    id: v.id, name: v.name, nameEn: v.nameEn, unit: v.unit, measure: v.measure, goodDirection: v.goodDirection,
    tier: v.tier, notes: v.notes, url: new URL(`/targets/${v.id}/`, site).href,
    observations: records.filter((r) => r.indicator === v.id),
  }));
  const body = { generated: 'build', license: '政府信息公开', fields: OBSERVATION_FIELDS, count: records.length, indicators };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
