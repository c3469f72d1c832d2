/**
 * Synthetic archive for the benchmark: the real content/ plus generated gazette
 * issues, notices, reports and glossary terms cloned from real entries (so they
 * have realistic length, tables and glossary terms), with unique 文号 and slugs,
 * valid under the same schemas and cross-entry rules as the real site.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { glossarySlug, noticeSlugFromWenhao } from '../lib/slug.ts';
import { readEntries, writeEntry, type Entry } from './entries.ts';
import { pick, seededRandom } from './random.ts';

export interface ArchiveSize {
  /** Notices + reports in total (real ones included). */
  documents: number;
  /** Glossary terms in total. */
  terms: number;
  /** Gazette issues in total. */
  issues: number;
}

export interface ArchiveOptions extends ArchiveSize {
  templateDir: string;
  outDir: string;
  seed?: number;
}

const YEARS = [2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2026, 2027];
const CODES = ['沙府发', '沙府办发'];

const pad = (n: number) => String(n).padStart(2, '0');
const dateIn = (year: number, random: () => number) => `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;

/** A synthetic issue: id, year, issue number, publication date (the last day of its quarter). */
export function issueSlots(count: number): { id: string; year: number; issue: number; date: string }[] {
  const perYear = Math.max(1, Math.ceil(count / YEARS.length));
  return Array.from({ length: count }, (_, i) => {
    const year = YEARS[Math.floor(i / perYear) % YEARS.length] + 10 * Math.floor(i / (perYear * YEARS.length));
    const issue = (i % perYear) + 1;
    return { id: `${year}-${pad(issue)}`, year, issue, date: `${year}-12-31` };
  });
}

/**
 * The template's body with its figures redrawn (same number of digits), so that no two
 * generated documents are identical: real archives do not repeat whole texts, and stores,
 * caches and compressors that deduplicate equal strings would otherwise flatter us.
 */
export function varyFigures(body: string, random: () => number): string {
  return body.replace(/\d+/g, (digits) =>
    [...digits].map((d, i) => String(i === 0 && d !== '0' ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join(''),
  );
}

function cloneNotice(t: Entry, wenhao: string, issue: { id: string; year: number; date: string }, page: number, random: () => number): Entry {
  const signed = dateIn(issue.year, random);
  const data = {
    ...t.data, wenhao, wenhaoPrinted: wenhao, signedDate: signed, publishedDate: issue.date,
    printedDate: t.data.printedDate ? signed : null, effectiveDate: t.data.effectiveDate ? issue.date : null,
    gazette: issue.id, gazettePage: page, validity: '有效', parent: null, amends: [], amendedBy: [], repealedBy: [],
    repeals: (t.data.repeals ?? []).map((r: any) => ({ ...r, document: null })),
  };
  delete (data as any).source;
  return { id: noticeSlugFromWenhao(wenhao), data, body: varyFigures(t.body, random) };
}

/** Writes the archive; returns counts of what it holds. */
export function generateArchive(options: ArchiveOptions): ArchiveSize {
  const random = seededRandom(options.seed ?? 20251231);
  rmSync(options.outDir, { recursive: true, force: true });
  cpSync(options.templateDir, options.outDir, { recursive: true });
  const notices = readEntries(options.templateDir, 'notices').filter((n) => !n.data.parent);
  const reports = readEntries(options.templateDir, 'reports');
  const terms = readEntries(options.templateDir, 'glossary');
  const realGazettes = readEntries(options.templateDir, 'gazettes').length;
  const realDocs = readEntries(options.templateDir, 'notices').length + reports.length;

  const issues = issueSlots(Math.max(0, options.issues - realGazettes));
  const newDocs = Math.max(0, options.documents - realDocs);
  const newReports = Math.min(issues.length, newDocs);
  const perIssue = Math.ceil((newDocs - newReports) / Math.max(1, issues.length));
  const serial = new Map<string, number>();
  const reportIds: { id: string; year: number; glossary: string[] }[] = [];

  issues.forEach((issue, i) => {
    const contents: any[] = [];
    let page = 1;
    if (i < newReports) {
      const t = reports[i % reports.length];
      const id = `report-${issue.id}`;
      const data = { ...t.data, kind: '其他报告', year: issue.year, deliveredDate: dateIn(issue.year, random), gazette: issue.id, gazettePage: 1, glossary: [] };
      delete (data as any).source;
      reportIds.push({ id, year: issue.year, glossary: [] });
      writeEntry(options.outDir, 'reports', { id, data, body: varyFigures(t.body, random) });
      contents.push({ section: null, title: t.data.title, page, report: id });
      page += 30;
    }
    for (let k = 0; k < perIssue && newReports + i * perIssue + k < newDocs; k++) {
      const code = CODES[k % 2];
      const n = (serial.get(`${code}${issue.year}`) ?? 500) + 1;
      serial.set(`${code}${issue.year}`, n);
      const entry = cloneNotice(pick(random, notices), `${code}〔${issue.year}〕${n}号`, issue, page, random);
      writeEntry(options.outDir, 'notices', entry);
      contents.push({ section: code === '沙府发' ? '区政府文件' : '区政府办公室发文', title: entry.data.title, page, notice: entry.id });
      page += 5;
    }
    writeEntry(options.outDir, 'gazettes', {
      id: issue.id,
      data: { name: '重庆市沙坪坝区人民政府公报', year: issue.year, issue: issue.issue, cumulative: null, publishedDate: issue.date, publisher: '重庆市沙坪坝区人民政府办公室', contents },
      body: '',
    });
  });

  for (let i = terms.length; i < options.terms && reportIds.length; i++) {
    const t = terms[i % terms.length];
    const report = reportIds[i % reportIds.length];
    const term = `${t.data.term}（${i}）`;
    report.glossary.push(glossarySlug(term));
    writeEntry(options.outDir, 'glossary', {
      id: glossarySlug(term),
      data: { term, variants: [], related: [], definitions: [{ report: report.id, year: report.year, number: report.glossary.length, heading: null, text: t.data.definitions[0].text }] },
      body: '',
    });
  }
  for (const r of reportIds.filter((x) => x.glossary.length)) {
    const entry = readEntries(options.outDir, 'reports').find((e) => e.id === r.id)!;
    writeEntry(options.outDir, 'reports', { ...entry, data: { ...entry.data, glossary: r.glossary } });
  }
  return {
    documents: readEntries(options.outDir, 'notices').length + readEntries(options.outDir, 'reports').length,
    terms: readEntries(options.outDir, 'glossary').length,
    issues: readEntries(options.outDir, 'gazettes').length,
  };
}

/**
 * Adds one more gazette issue with `documents` notices to an existing archive (for the rebuild measure):
 * by default in a year of its own after every other (2099); `year` puts it in an existing year instead.
 */
export function addIssue(templateDir: string, outDir: string, documents: number, year = 2099): string {
  const random = seededRandom(7);
  const notices = readEntries(templateDir, 'notices').filter((n) => !n.data.parent);
  const number = year === 2099 ? 1 : 90;
  const issue = { id: `${year}-${pad(number)}`, year, issue: number, date: `${year}-12-31` };
  const contents = Array.from({ length: documents }, (_, k) => {
    const entry = cloneNotice(pick(random, notices), `沙府发〔${year}〕${(year === 2099 ? 0 : 900) + k + 1}号`, issue, 1 + 5 * k, random);
    writeEntry(outDir, 'notices', entry);
    return { section: '区政府文件', title: entry.data.title, page: 1 + 5 * k, notice: entry.id };
  });
  writeEntry(outDir, 'gazettes', { id: issue.id, data: { name: '重庆市沙坪坝区人民政府公报', year, issue: number, publishedDate: issue.date, contents }, body: '' });
  return join(outDir, 'gazettes', `${issue.id}.mdx`);
}
