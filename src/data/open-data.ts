/**
 * Every file under /data/, built once per build from the collections, and the catalogue
 * of datasets with each file's size and last update (src/lib/open-data/). The endpoints
 * and the /data/ page read the same bodies, so the sizes shown are those served.
 */
import { getCollection } from 'astro:content';
import { getCatalogue } from './catalogue.ts';
import { glossaryData } from './glossary.ts';
import { targetsData } from './targets.ts';
import { OBSERVATION_FIELDS, observationRecords, toCsv } from '../lib/targets/open-data.ts';
import { TASK_FIELDS, taskRecords } from '../lib/targets/task-records.ts';
import {
  DOCUMENT_FIELDS,
  GLOSSARY_FIELDS,
  documentRecords,
  documentRows,
  glossaryRows,
} from '../lib/open-data/records.ts';
import { glossaryJson } from '../lib/open-data/glossary-json.ts';
import { EDITIONS_FIELD, withEditions } from '../lib/open-data/editions.ts';
import { DATASETS, LICENCE } from '../lib/open-data/datasets.ts';
import { dataCatalog, type PublishedDataset } from '../lib/open-data/catalog.ts';
import { SITE_NAME, SITE_PUBLISHER } from '../site.config.ts';

/** A file's body and media type. */
export interface DataFileBody {
  body: string;
  contentType: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';
const jsonBody = (value: unknown): DataFileBody => ({ body: JSON.stringify(value, null, 1), contentType: JSON_TYPE });
const newest = (dates: (string | null)[]) =>
  dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1) ?? null;

let cache: Promise<{ files: Map<string, DataFileBody>; datasets: PublishedDataset[] }> | undefined;

async function build(site: URL) {
  const [catalogue, glossary, targets, reports, notices] = await Promise.all([
    getCatalogue(),
    glossaryData(),
    targetsData(),
    getCollection('reports'),
    getCollection('notices'),
  ]);
  const observations = observationRecords(targets.views, String(site));
  const tasks = taskRecords(targets.tasks, targets.document, String(site));
  const editions = new Map([...reports, ...notices].map((e) => [`${e.collection}/${e.id}`, e.data.editions]));
  const documents = withEditions(documentRecords(catalogue, site), (c, id) => editions.get(`${c}/${id}`), site);
  const indicators = targets.views.map((v) => ({
    id: v.id,
    name: v.name,
    nameEn: v.nameEn,
    unit: v.unit,
    measure: v.measure,
    goodDirection: v.goodDirection,
    tier: v.tier,
    notes: v.notes,
    url: new URL(`/targets/${v.id}/`, site).href,
    observations: observations.filter((r) => r.indicator === v.id),
  }));
  const files = new Map<string, DataFileBody>([
    [
      '/data/documents.json',
      jsonBody({
        generated: 'build',
        count: documents.length,
        license: LICENCE,
        fields: [...DOCUMENT_FIELDS, EDITIONS_FIELD],
        documents,
      }),
    ],
    ['/data/documents.csv', { body: toCsv(documentRows(catalogue, site), DOCUMENT_FIELDS), contentType: CSV_TYPE }],
    [
      '/data/indicators.json',
      jsonBody({
        generated: 'build',
        license: LICENCE,
        fields: OBSERVATION_FIELDS,
        count: observations.length,
        indicators,
      }),
    ],
    ['/data/indicators.csv', { body: toCsv(observations, OBSERVATION_FIELDS), contentType: CSV_TYPE }],
    [
      '/data/tasks.json',
      jsonBody({ generated: 'build', license: LICENCE, fields: TASK_FIELDS, count: tasks.length, tasks }),
    ],
    ['/data/tasks.csv', { body: toCsv(tasks, TASK_FIELDS), contentType: CSV_TYPE }],
    ['/data/glossary.json', jsonBody(glossaryJson(glossary, site))],
    [
      '/data/glossary.csv',
      { body: toCsv(glossaryRows(glossary.terms, glossary.reports, site), GLOSSARY_FIELDS), contentType: CSV_TYPE },
    ],
  ]);
  const modified = {
    documents: newest(catalogue.map((i) => i.publishedDate ?? i.date)),
    reports: newest(reports.map((r) => r.data.publishedDate ?? r.data.deliveredDate ?? r.data.signedDate)),
  };
  const datasets: PublishedDataset[] = DATASETS.map((d) => ({
    ...d,
    sizes: Object.fromEntries(d.files.map((f) => [f.path, Buffer.byteLength(files.get(f.path)!.body, 'utf8')])),
    modified: modified[d.updatedFrom],
  }));
  files.set(
    '/data/catalog.json',
    jsonBody({ '@context': 'https://schema.org', ...dataCatalog(datasets, site, SITE_NAME, SITE_PUBLISHER) }),
  );
  return { files, datasets };
}

/** The data files by site path, and the datasets they make up. */
export function openData(site: URL): Promise<{ files: Map<string, DataFileBody>; datasets: PublishedDataset[] }> {
  cache ??= build(site);
  return cache;
}
