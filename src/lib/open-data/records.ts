/**
 * Flat records of the documents and glossary datasets, with the meaning of each column
 * (shown on /data/), for the CSV files and the documents' JSON. The indicators' and
 * tasks' records live with the targets (src/lib/targets/open-data.ts, task-records.ts).
 */
import type { CatalogueItem } from '../catalogue.ts';
import { reportLabel } from '../glossary/presentation.ts';
import { definitionsByYear, type GlossaryTerm } from '../glossary/terms.ts';
import type { Field, Row } from '../targets/open-data.ts';

export const DOCUMENT_FIELDS: Field[] = [
  { key: 'collection', label: 'notices＝政府文件，reports＝工作报告' },
  { key: 'id', label: '文件标识（网址中的英文名，永久不变）' },
  { key: 'url', label: '文件页面的永久网址' },
  { key: 'title', label: '标题（与印刷版一致）' },
  { key: 'wenhao', label: '文号，如 沙府发〔2025〕8号；无文号为空' },
  { key: 'docType', label: '文种（通知、意见……）或报告类型' },
  { key: 'issuer', label: '发文机关；未注明为空' },
  { key: 'date', label: '排序所用日期：成文日期，无则报告日期或发布日期' },
  { key: 'signedDate', label: '成文日期（YYYY-MM-DD）；未印为空' },
  { key: 'publishedDate', label: '发布日期（YYYY-MM-DD）：印发日期，无则所载公报的出版日期' },
  { key: 'validity', label: '有效性：有效、已修订、已废止、失效、未生效' },
  { key: 'gazette', label: '所载公报期号标识，如 2025-01' },
  { key: 'gazettePage', label: '在该期公报中的起始页码' },
  { key: 'section', label: '公报栏目' },
  { key: 'topics', label: '主题分类（JSON 中为数组，CSV 中以“、”分隔）' },
];

/** One record per document; `url` absolute. Topics stay an array (the JSON); the CSV joins them. */
export function documentRecords(
  catalogue: CatalogueItem[],
  site: string | URL,
): (Omit<CatalogueItem, 'url'> & { url: string })[] {
  return catalogue.map((item) => ({ ...item, url: new URL(item.url, site).href }));
}

/** Documents as CSV rows. */
export function documentRows(catalogue: CatalogueItem[], site: string | URL): Row[] {
  return documentRecords(catalogue, site).map((r) => ({ ...r, topics: r.topics.join('、') }));
}

export const GLOSSARY_FIELDS: Field[] = [
  { key: 'term_id', label: '名词标识（网址中的拼音）' },
  { key: 'term', label: '名词（与印刷版一致，含引号）' },
  { key: 'variants', label: '其他写法，以“、”分隔' },
  { key: 'url', label: '名词页面的永久网址' },
  { key: 'year', label: '释义所属报告的年份' },
  { key: 'report', label: '给出释义的报告' },
  { key: 'report_url', label: '该报告的网址' },
  { key: 'number', label: '在该报告“名词解释”中的序号（与印刷版一致）' },
  { key: 'text', label: '释义原文' },
];

/** One row per definition (a term defined by two reports has two rows), in term order then year. */
export function glossaryRows(
  terms: GlossaryTerm[],
  reports: Map<string, { title: string; year: number; url: string }>,
  site: string | URL,
): Row[] {
  return terms.flatMap((t) =>
    definitionsByYear(t).map((d) => {
      const report = reports.get(d.reportId);
      return {
        term_id: t.id,
        term: t.term,
        variants: t.variants.join('、'),
        url: new URL(`/glossary/${t.id}/`, site).href,
        year: d.year,
        report: report ? reportLabel(report) : d.reportId,
        report_url: report ? new URL(report.url, site).href : null,
        number: d.number,
        text: d.text,
      };
    }),
  );
}
