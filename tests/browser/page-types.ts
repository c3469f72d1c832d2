/**
 * One page of every type, picked from the built site (dist/), never from a fixed list of
 * content entries: for each kind of detail page the largest built one, which has the most
 * to go wrong (tables, attachments, long contents).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../site/helpers.ts';

export interface PageType {
  /** What kind of page, for test names. */
  type: string;
  /** Site path to open. */
  path: string;
  /** HTTP status nginx must answer with. */
  status: 200 | 404;
  /** A selector that appears once the page's script has finished (search results shown). */
  readySelector?: string;
}

/** Sub-folders of dist/<section>/ that are pages themselves (have an index.html). */
function detailPages(section: string): string[] {
  const dir = join(DIST, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'index.html')))
    .map((name) => `/${section}/${name}/`);
}

/** Pages two levels down: /documents/<facet>/<group>/ (browse by year, issuer, kind, status). */
function facetGroupPages(): string[] {
  const dir = join(DIST, 'documents');
  return readdirSync(dir)
    .filter((facet) => statSync(join(dir, facet)).isDirectory() && !existsSync(join(dir, facet, 'index.html')))
    .flatMap((facet) => detailPages(`documents/${facet}`));
}

function largest(paths: string[], what: string): string {
  if (paths.length === 0) throw new Error(`dist/ 中没有${what}页面：先构建站点，并确认内容中至少有一条`);
  const size = (p: string) => statSync(join(DIST, p, 'index.html')).size;
  return [...paths].sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0];
}

/** The document's own title: a query the search must answer with at least that document. */
function searchQuery(documentPath: string): string {
  const html = readFileSync(join(DIST, documentPath, 'index.html'), 'utf8');
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1];
  if (!title) throw new Error(`${documentPath} 没有 <h1> 标题，无法构造搜索词`);
  return title;
}

export function pageTypes(): PageType[] {
  const document = largest(detailPages('documents'), '政府文件');
  return [
    { type: 'home', path: '/', status: 200 },
    { type: 'gazette list', path: '/gazettes/', status: 200 },
    { type: 'gazette issue', path: largest(detailPages('gazettes'), '公报期刊'), status: 200 },
    { type: 'documents browse', path: '/documents/', status: 200 },
    { type: 'documents browse group', path: largest(facetGroupPages(), '文件分类'), status: 200 },
    { type: 'document', path: document, status: 200 },
    { type: 'report list', path: '/reports/', status: 200 },
    { type: 'report', path: largest(detailPages('reports'), '报告'), status: 200 },
    { type: 'glossary index', path: '/glossary/', status: 200 },
    { type: 'glossary term (definition open)', path: largest(detailPages('glossary'), '名词解释词条'), status: 200 },
    { type: 'targets dashboard', path: '/targets/', status: 200 },
    {
      type: 'targets year',
      path: largest(
        detailPages('targets').filter((p) => /\/\d{4}\/$/.test(p)),
        '年度目标',
      ),
      status: 200,
    },
    {
      type: 'targets indicator',
      path: largest(
        detailPages('targets').filter((p) => /\/[a-z][a-z-]*\/$/.test(p) && !p.includes('tasks')),
        '指标',
      ),
      status: 200,
    },
    {
      type: 'targets tasks',
      path: largest(
        detailPages('targets').filter((p) => p.includes('tasks')),
        '重点任务',
      ),
      status: 200,
    },
    { type: 'feeds (subscriptions explained)', path: '/feeds/', status: 200 },
    { type: 'open-data catalogue', path: '/data/', status: 200 },
    { type: 'search', path: '/search/', status: 200 },
    {
      type: 'search with results shown',
      path: `/search/?q=${encodeURIComponent(searchQuery(document))}`,
      status: 200,
      readySelector: '#search-results > li',
    },
    { type: '404', path: '/no-such-page/', status: 404 },
  ];
}
