/**
 * The feeds that are not lists of documents: new gazette issues (with their contents)
 * and glossary terms (with their definitions). Items carry Markdown, which the feed
 * writer renders with markdown-it like the documents' bodies.
 */
import { definitionsByYear, type GlossaryTerm } from '../glossary/terms.ts';
import { newestItems, type FeedDefinition } from './feeds.ts';

/** A gazette issue as its feed item needs it. */
export interface IssueSummary {
  id: string;
  /** Publication name, e.g. 重庆市沙坪坝区人民政府公报. */
  name: string;
  /** 2025年第1期（总第12期）. */
  label: string;
  /** Cover date, else the earliest possible date, else null. */
  date: string | null;
  /** Printed contents: title and site path of each document. */
  contents: { title: string; url: string }[];
}

/** Escapes text for use inside a Markdown link label or paragraph. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, (c) => `\\${c}`);
}

/** Feed of gazette issues, newest first, each with its contents as links. */
export function gazetteFeed(issues: IssueSummary[], siteName: string): FeedDefinition {
  return {
    path: '/feeds/gazettes.xml',
    title: `${siteName} - 政府公报`,
    group: 'kind',
    page: '/gazettes/',
    description: '重庆市沙坪坝区人民政府公报每期出版时更新，附本期目录',
    ...newestItems(
      issues.map((issue) => ({
        title: `${issue.name} ${issue.label}`,
        url: `/gazettes/${issue.id}/`,
        date: issue.date,
        description: `本期收录文件 ${issue.contents.length} 件`,
        categories: ['政府公报'],
        bodyKey: null,
        markdown: [
          '本期目录：',
          '',
          ...issue.contents.map((c, i) => `${i + 1}. [${markdownText(c.title)}](${c.url})`),
        ].join('\n'),
      })),
    ),
  };
}

/** Feed of glossary terms; a term's date is that of the newest report defining it. */
export function glossaryFeed(
  terms: GlossaryTerm[],
  reports: Map<string, { title: string; year: number; url: string; date: string | null }>,
  siteName: string,
): FeedDefinition {
  return {
    path: '/feeds/glossary.xml',
    title: `${siteName} - 名词解释`,
    group: 'kind',
    page: '/glossary/',
    description: '政府工作报告“名词解释”中的名词及其各年释义',
    ...newestItems(
      terms.map((term) => {
        const definitions = definitionsByYear(term);
        const newest = definitions.at(-1)!;
        const source = (reportId: string) => reports.get(reportId);
        return {
          title: term.term,
          url: `/glossary/${term.id}/`,
          date: source(newest.reportId)?.date ?? null,
          description: newest.text,
          categories: ['名词解释'],
          bodyKey: null,
          markdown: definitions
            .map((d) => {
              const report = source(d.reportId);
              const from = report
                ? `[${markdownText(`${report.year}年${report.title}`)}](${report.url})`
                : markdownText(d.reportId);
              return `**${d.year}年释义**（${from}，“名词解释”第${d.number}条）\n\n${markdownText(d.text)}`;
            })
            .join('\n\n'),
        };
      }),
    ),
  };
}
