/**
 * The open-data catalogue: every dataset the site publishes under /data/, what it
 * holds, its columns and files. /data/ shows it to people; /data/catalog.json gives it
 * to programs as a schema.org DataCatalog (catalog.ts).
 */
import type { Field } from '../targets/open-data.ts';
import { OBSERVATION_FIELDS } from '../targets/open-data.ts';
import { TASK_FIELDS } from '../targets/task-records.ts';
import { DOCUMENT_FIELDS, GLOSSARY_FIELDS } from './records.ts';

/** One downloadable file of a dataset. */
export interface DataFile {
  /** Site path, e.g. /data/documents.csv. */
  path: string;
  format: 'JSON' | 'CSV';
  /** Media type the server sends. */
  mediaType: string;
}

/** A dataset as the catalogue describes it. */
export interface DatasetDefinition {
  /** Anchor on /data/ and stem of its files. */
  id: 'documents' | 'glossary' | 'indicators' | 'tasks';
  /** Chinese name, e.g. 政府文件目录. */
  title: string;
  /** What one record is and where the data comes from. */
  description: string;
  /** Columns of the CSV file, each with its meaning; the JSON uses the same names. */
  fields: Field[];
  files: DataFile[];
  /** What the dataset's last-update date is taken from. */
  updatedFrom: 'documents' | 'reports';
  keywords: string[];
}

const json = (id: string): DataFile => ({ path: `/data/${id}.json`, format: 'JSON', mediaType: 'application/json' });
const csv = (id: string): DataFile => ({ path: `/data/${id}.csv`, format: 'CSV', mediaType: 'text/csv' });

export const DATASETS: DatasetDefinition[] = [
  {
    id: 'documents',
    title: '政府文件目录',
    description:
      '本站发布的每一件政府文件和工作报告的元数据，一行一件：标题、文号、文种、发文机关、成文和发布日期、有效性、所载公报及页码、主题分类和永久网址。不含正文（正文见各文件页面和订阅源）。',
    fields: DOCUMENT_FIELDS,
    files: [json('documents'), csv('documents')],
    updatedFrom: 'documents',
    keywords: ['政府文件', '文号', '政府信息公开'],
  },
  {
    id: 'indicators',
    title: '目标与结果指标',
    description:
      '政府工作报告中逐字摘录的预期目标和实际结果，一行一个数值：所属指标、年份或时期、解析出的数值及限定词、按公开规则计算的目标状态，以及原文和来源段落的网址。JSON 文件按指标分组。',
    fields: OBSERVATION_FIELDS,
    files: [json('indicators'), csv('indicators')],
    updatedFrom: 'reports',
    keywords: ['政府工作报告', '经济指标', '目标任务'],
  },
  {
    id: 'tasks',
    title: '重点任务督查情况',
    description:
      '督查报告附表中的每一项重点工作任务，一行一项：督查办的分类、类别、任务原文、责任区领导、责任单位、配合单位、进展情况和有数值的完成量。',
    fields: TASK_FIELDS,
    files: [json('tasks'), csv('tasks')],
    updatedFrom: 'reports',
    keywords: ['督查报告', '重点任务'],
  },
  {
    id: 'glossary',
    title: '名词解释',
    description:
      '政府工作报告所附“名词解释”，CSV 一行一条释义（同一名词在不同年份的释义各占一行）。JSON 文件按名词分组，另含相关名词以及使用该名词的文件和段落网址。',
    fields: GLOSSARY_FIELDS,
    files: [json('glossary'), csv('glossary')],
    updatedFrom: 'reports',
    keywords: ['名词解释', '政府工作报告'],
  },
];

/** Terms of reuse, as the data files state them. */
export const LICENCE = '政府信息公开';

/** The sentence to cite a dataset with: publisher, title, URL, access date placeholder. */
export function datasetCitation(siteName: string, dataset: DatasetDefinition, url: string): string {
  return `${siteName}：《${dataset.title}》数据集，${url}［下载日期］。`;
}

/** A file size for people: 812 字节, 12.3 KB, 1.2 MB (1 KB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
