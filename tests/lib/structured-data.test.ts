import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { breadcrumbList } from '../../src/lib/structured-data/breadcrumbs.ts';
import { citationMeta } from '../../src/lib/structured-data/citation-meta.ts';
import { legislation, report } from '../../src/lib/structured-data/documents.ts';
import { definedTerm } from '../../src/lib/structured-data/glossary.ts';
import { jsonLdText } from '../../src/lib/structured-data/json-ld.ts';
import { datasetNode } from '../../src/lib/open-data/catalog.ts';
import { DATASETS, formatSize } from '../../src/lib/open-data/datasets.ts';
import { noticeSchema } from '../../src/schemas/notice.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { plainReference } from '../../src/schemas/common.ts';

const notice = (over: Record<string, unknown>) =>
  noticeSchema(plainReference).parse({ title: '关于某事的通知', docType: '通知', ...over });

describe('JSON-LD text', () => {
  test('no text in the data can close the script element, and the JSON reads back unchanged', () => {
    const node = { '@type': 'Thing', name: '</script><script>alert(1)</script> & \u2028' };
    const text = jsonLdText(node);
    expect(text).not.toMatch(/[<>&\u2028]/);
    const $ = cheerio.load(`<script type="application/ld+json">${text}</script><p>after</p>`);
    expect(JSON.parse($('script').text())).toEqual({ '@context': 'https://schema.org', ...node });
    expect($('p').text()).toBe('after');
  });
});

describe('builders', () => {
  test('a notice states its 文号, type, dates, issuer, legal force and issue, and omits what is unknown', () => {
    const d = notice({
      wenhao: '沙府发〔2025〕8 号',
      issuer: '重庆市沙坪坝区人民政府',
      signedDate: '2025-03-05',
      validity: '已废止',
      gazette: '2025-01',
      gazettePage: 3,
    });
    const issue = { url: 'https://x/gazettes/2025-01/', name: '公报', year: 2025, issue: 1, date: null };
    const node = legislation(d, 'https://x/documents/a/', issue, '办公室', (id) => `https://x/documents/${id}/`);
    expect(node).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '沙府发〔2025〕8号',
      legislationType: '通知',
      legislationDate: '2025-03-05',
      legislationPassedBy: { name: '重庆市沙坪坝区人民政府' },
      legislationLegalForce: 'https://schema.org/NotInForce',
      isPartOf: { '@type': 'PublicationIssue', issueNumber: '1', name: '公报 2025年第1期' },
      pageStart: 3,
    });
    expect('datePublished' in node).toBe(false);
    expect('datePublished' in (node.isPartOf as object)).toBe(false);
    expect('legislationChanges' in node).toBe(false);
  });

  test('amended and repealed documents on the site become legislationChanges', () => {
    const d = notice({ amends: [{ document: 'sfzf-2020-001' }], repeals: [{ wenhao: '沙府发〔2019〕1号' }] });
    expect(legislation(d, 'u', null, 'p', (id) => `https://x/documents/${id}/`).legislationChanges).toEqual([
      { '@type': 'Legislation', '@id': 'https://x/documents/sfzf-2020-001/' },
    ]);
  });

  test('a report names its speaker as author', () => {
    const d = reportSchema(plainReference).parse({
      title: '政府工作报告',
      kind: '政府工作报告',
      year: 2025,
      deliveredDate: '2025-01-10',
      speaker: { name: '常斌', office: '区长' },
    });
    expect(report(d, 'u', null, 'p')).toMatchObject({
      '@type': 'Report',
      name: '2025年政府工作报告',
      dateCreated: '2025-01-10',
      author: { '@type': 'Person', name: '常斌', jobTitle: '区长' },
    });
  });

  test('a term takes its newest definition and the reports defining it', () => {
    const term = {
      id: 'fgf',
      term: '放管服',
      variants: [],
      related: [],
      definitions: [
        { reportId: 'work-report-2025', year: 2025, number: 2, heading: null, text: '新' },
        { reportId: 'work-report-2023', year: 2023, number: 1, heading: null, text: '旧' },
      ],
    };
    const node = definedTerm(
      term,
      'https://x/glossary/fgf/',
      'https://x/glossary/',
      (id) => `https://x/reports/${id}/`,
    );
    expect(node.description).toBe('新');
    expect('alternateName' in node).toBe(false);
    expect((node.subjectOf as { url: string }[]).map((s) => s.url)).toEqual([
      'https://x/reports/work-report-2023/',
      'https://x/reports/work-report-2025/',
    ]);
  });

  test('breadcrumbs start at 首页 and end at the page', () => {
    const list = breadcrumbList(
      [{ href: '/documents/', label: '政府文件' }, { label: '某文' }],
      'https://x/documents/a/',
      'https://x/',
    );
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://x/' },
      { '@type': 'ListItem', position: 2, name: '政府文件', item: 'https://x/documents/' },
      { '@type': 'ListItem', position: 3, name: '某文', item: 'https://x/documents/a/' },
    ]);
  });

  test('citation meta use Google Scholar date form and leave out what is unknown', () => {
    const rows = citationMeta({
      title: 'T',
      author: null,
      date: '2025-03-05',
      publisher: 'P',
      url: 'https://x/a/',
      number: null,
      gazette: { name: 'G', issue: 2, page: null },
    });
    expect(Object.fromEntries(rows)).toEqual({
      citation_title: 'T',
      citation_publication_date: '2025/03/05',
      citation_publisher: 'P',
      citation_public_url: 'https://x/a/',
      citation_abstract_html_url: 'https://x/a/',
      citation_language: 'zh',
      citation_journal_title: 'G',
      citation_issue: '2',
    });
  });

  test('a dataset lists each file with its size and every column', () => {
    const documents = DATASETS.find((d) => d.id === 'documents')!;
    const node = datasetNode(
      { ...documents, sizes: { '/data/documents.json': 2048, '/data/documents.csv': 10 }, modified: '2025-12-31' },
      'https://x/',
      '站',
      '办公室',
    );
    expect(node.distribution).toEqual([
      {
        '@type': 'DataDownload',
        contentUrl: 'https://x/data/documents.json',
        encodingFormat: 'application/json',
        contentSize: '2048 B',
      },
      {
        '@type': 'DataDownload',
        contentUrl: 'https://x/data/documents.csv',
        encodingFormat: 'text/csv',
        contentSize: '10 B',
      },
    ]);
    expect((node.variableMeasured as unknown[]).length).toBe(documents.fields.length);
    expect([formatSize(812), formatSize(12595), formatSize(1258291)]).toEqual(['812 字节', '12.3 KB', '1.2 MB']);
  });
});
