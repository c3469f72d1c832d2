/** /data/tasks.csv: one row per key task of the supervision reports; UTF-8 with BOM. */
import type { APIContext } from 'astro';
import { targetsData } from '../../lib/targets/site-data.ts';
import { toCsv } from '../../lib/targets/open-data.ts';
import { TASK_FIELDS, taskRecords } from '../../lib/targets/task-records.ts';

export async function GET(context: APIContext) {
  const { tasks, document } = await targetsData();
  return new Response(toCsv(taskRecords(tasks, document, String(context.site)), TASK_FIELDS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
