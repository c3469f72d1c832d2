/**
 * The machine-readable catalogue (/data/catalog.json, and the JSON-LD of /data/):
 * a schema.org `DataCatalog` of `Dataset`s, each file a `DataDownload` with its format,
 * size and address, the columns as `variableMeasured`.
 */
import { compact, governmentOrganization, type JsonLdNode } from '../structured-data/json-ld.ts';
import { LICENCE, datasetCitation, type DatasetDefinition } from './datasets.ts';

/** A dataset with what only the build knows: each file's size in bytes and the last update. */
export interface PublishedDataset extends DatasetDefinition {
  /** Size in bytes of each file, by path. */
  sizes: Record<string, number>;
  /** Newest publication date of the entries it is made from (YYYY-MM-DD). */
  modified: string | null;
}

/** One dataset as schema.org `Dataset`. */
export function datasetNode(d: PublishedDataset, site: string | URL, siteName: string, publisher: string): JsonLdNode {
  const page = new URL(`/data/#${d.id}`, site).href;
  return compact({
    '@type': 'Dataset',
    '@id': page,
    url: page,
    name: d.title,
    description: d.description,
    inLanguage: 'zh-CN',
    keywords: d.keywords,
    dateModified: d.modified,
    isAccessibleForFree: true,
    license: { '@type': 'CreativeWork', name: LICENCE, url: new URL('/data/#licence', site).href },
    creator: governmentOrganization(publisher),
    publisher: governmentOrganization(publisher),
    spatialCoverage: { '@type': 'AdministrativeArea', name: '重庆市沙坪坝区' },
    citation: datasetCitation(siteName, d, new URL(d.files[0].path, site).href),
    variableMeasured: d.fields.map((f) => ({ '@type': 'PropertyValue', name: f.key, description: f.label })),
    distribution: d.files.map((f) => ({
      '@type': 'DataDownload',
      contentUrl: new URL(f.path, site).href,
      encodingFormat: f.mediaType,
      contentSize: `${d.sizes[f.path]} B`,
    })),
  });
}

/** The whole catalogue as schema.org `DataCatalog`. */
export function dataCatalog(
  datasets: PublishedDataset[],
  site: string | URL,
  siteName: string,
  publisher: string,
): JsonLdNode {
  const url = new URL('/data/', site).href;
  return {
    '@type': 'DataCatalog',
    '@id': url,
    url,
    name: `${siteName} - 开放数据`,
    description: '沙坪坝区政府文件、工作报告的目标与结果、督查任务和名词解释的数据，JSON 和 CSV 格式，免费下载。',
    inLanguage: 'zh-CN',
    publisher: governmentOrganization(publisher),
    dataset: datasets.map((d) => datasetNode(d, site, siteName, publisher)),
  };
}
