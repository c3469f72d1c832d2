import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { feedBodyHtml, mdxToMarkdown, sanitizeFeedHtml } from '../../src/lib/feeds/body-html.ts';
import { FEED_ITEM_LIMIT, documentEntry, documentFeeds, publicationDate } from '../../src/lib/feeds/feeds.ts';
import { gazetteFeed, glossaryFeed } from '../../src/lib/feeds/other-feeds.ts';
import { chinaMidnight, feedXml } from '../../src/lib/feeds/rss.ts';
import { catalogueItem } from './catalogue-item.ts';
import { mdxBody } from '../../src/content-files/frontmatter.ts';

const SITE = new URL('https://example.gov.cn/');

const item = catalogueItem;

describe('feed full text (markdown-it + sanitize-html)', () => {
  test('renders Markdown headings, emphasis, GFM tables and <br /> in cells', () => {
    const html = feedBodyHtml(
      '## 一、总体要求\n\n**1\\.加强建设**。正文\n\n| 序号 | 单位 |\n|---|---|\n| 1 | 区教委<br />区卫健委 |\n',
      SITE,
    );
    const $ = cheerio.load(html);
    expect($('h2').text()).toBe('一、总体要求');
    expect($('strong').text()).toBe('1.加强建设');
    expect($('table tbody tr td').eq(1).html()).toBe('区教委<br>区卫健委');
  });

  test('keeps MDX escapes as text and turns string expressions into text, not links', () => {
    const html = feedBodyHtml('见 {"http://www.cqspb.gov.cn/a_b"} 和 \\<附件\\> \\{x\\}', SITE);
    const $ = cheerio.load(html);
    expect($('p').text()).toBe('见 http://www.cqspb.gov.cn/a_b 和 <附件> {x}');
    expect($('a')).toHaveLength(0);
  });

  test('the body is what follows the frontmatter', () => {
    expect(mdxBody('---\ntitle: 标题\n---\n\n正文第一段\n')).toEqual({ text: '正文第一段', firstLine: 5 });
    expect(mdxBody('正文')).toEqual({ text: '正文', firstLine: 1 });
  });

  test('a lost figure becomes its placeholder text', () => {
    expect(mdxToMarkdown('<MissingFigure title="流程图" />')).toContain('“流程图”在导出文本中没有内容');
    expect(cheerio.load(feedBodyHtml('<MissingFigure title="流程图" />', SITE))('strong').text()).toBe('图示缺失：');
  });

  test('removes anything executable or styled and keeps only http(s) links, made absolute', () => {
    const dirty =
      '<p onclick="x()" style="color:red">a<script>alert(1)</script><img src=x onerror=alert(1)></p>' +
      '<a href="javascript:alert(1)">j</a><a href="/documents/y/#p-2">y</a><iframe src="https://evil"></iframe><style>p{}</style>';
    const $ = cheerio.load(sanitizeFeedHtml(dirty, new URL('/documents/x/', SITE)));
    expect($('script, img, iframe, style, [onclick], [style], [onerror]')).toHaveLength(0);
    expect(
      $('a')
        .map((_, a) => $(a).attr('href') ?? null)
        .get(),
    ).toEqual(['https://example.gov.cn/documents/y/#p-2']);
    expect($('p').first().text()).toBe('a');
  });
});

describe('feed definitions', () => {
  test('the item date is the publication date, falling back to the document date', () => {
    expect(publicationDate(item({ date: '2025-01-02', signedDate: '2025-01-02', publishedDate: '2025-02-01' }))).toBe(
      '2025-02-01',
    );
    expect(publicationDate(item({ date: '2025-01-02' }))).toBe('2025-01-02');
    expect(chinaMidnight('2025-02-01').toISOString()).toBe('2025-01-31T16:00:00.000Z');
  });

  test('documents feed by 文种 and by 发文机关, sorted by publication date', () => {
    const catalogue = [
      item({ id: 'a', url: '/documents/a/', publishedDate: '2024-01-01', docType: '通知' }),
      item({ id: 'b', url: '/documents/b/', publishedDate: '2025-01-01', docType: '意见', issuer: '区政府办公室' }),
      item({
        id: 'r',
        url: '/reports/r/',
        collection: 'reports',
        publishedDate: '2023-01-01',
        docType: '政府工作报告',
      }),
    ];
    const feeds = documentFeeds(catalogue, '站');
    expect(feeds.find((f) => f.path === '/rss.xml')!.entries.map((e) => e.url)).toEqual([
      '/documents/b/',
      '/documents/a/',
      '/reports/r/',
    ]);
    expect(feeds.find((f) => f.path === '/feeds/reports.xml')!.entries.map((e) => e.url)).toEqual(['/reports/r/']);
    const byType = feeds.filter((f) => f.group === 'type');
    expect(byType.map((f) => f.entries.length).sort()).toEqual([1, 1, 1]);
    expect(
      feeds
        .filter((f) => f.group === 'issuer')
        .every((f) => f.page === f.path.replace(/^\/feeds/, '/documents').replace(/\.xml$/, '/')),
    ).toBe(true);
    expect(documentEntry(catalogue[0]).bodyKey).toBe('notices/a');
  });

  test('a feed carries its newest items only and says how many its listing has', () => {
    const days = FEED_ITEM_LIMIT + 30;
    const pad = (n: number) => String(n).padStart(2, '0');
    const catalogue = Array.from({ length: days }, (_, i) =>
      item({ id: `d${i}`, url: `/documents/d${i}/`, publishedDate: `2020-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}` }),
    );
    const all = documentFeeds(catalogue, '站').find((f) => f.path === '/rss.xml')!;
    expect(all.entries).toHaveLength(FEED_ITEM_LIMIT);
    expect(all.total).toBe(days);
    const newestFirst = catalogue
      .map((c) => ({ url: c.url, date: c.publishedDate! }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url))
      .slice(0, FEED_ITEM_LIMIT)
      .map((c) => c.url);
    expect(all.entries.map((e) => e.url)).toEqual(newestFirst);
    const terms = Array.from({ length: days }, (_, i) => ({
      id: `t${i}`,
      term: `名词${i}`,
      definitions: [{ reportId: 'r', year: 2024, number: i + 1, text: '释义' }],
    }));
    const glossary = glossaryFeed(terms as never, new Map(), '站');
    expect([glossary.entries.length, glossary.total]).toEqual([FEED_ITEM_LIMIT, days]);
  });

  test('writes well-formed RSS 2.0 with content:encoded, guid and RFC 822 dates', async () => {
    const feed = gazetteFeed(
      [
        {
          id: '2025-01',
          name: '公报',
          label: '2025年第1期',
          date: '2025-03-01',
          contents: [{ title: 'A & <B>', url: '/documents/a/' }],
        },
      ],
      '站',
    );
    const xml = await feedXml(feed, SITE, () => undefined);
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
    const entry = rss.channel.item;
    expect(entry.link).toBe('https://example.gov.cn/gazettes/2025-01/');
    expect(entry.pubDate).toBe('Fri, 28 Feb 2025 16:00:00 GMT');
    const $ = cheerio.load(entry['content:encoded']);
    expect($('ol li a').attr('href')).toBe('https://example.gov.cn/documents/a/');
    expect($('ol li a').text()).toBe('A & <B>');
  });

  test('a glossary term is dated by the newest report defining it and carries every year’s definition', async () => {
    const definition = (reportId: string, year: number, text: string) => ({
      reportId,
      year,
      number: 3,
      heading: null,
      text,
    });
    const reports = new Map([
      [
        'work-report-2023',
        { title: '政府工作报告', year: 2023, url: '/reports/work-report-2023/', date: '2023-01-10' },
      ],
      [
        'work-report-2025',
        { title: '政府工作报告', year: 2025, url: '/reports/work-report-2025/', date: '2025-02-12' },
      ],
    ]);
    const feed = glossaryFeed(
      [
        {
          id: 'liang-chong',
          term: '两重',
          variants: [],
          related: [],
          // Out of order on purpose: the newest definition decides, not the first written.
          definitions: [
            definition('work-report-2025', 2025, '新释义*'),
            definition('work-report-2023', 2023, '旧释义'),
          ],
        },
        {
          id: 'shuang-jian',
          term: '双减',
          variants: [],
          related: [],
          definitions: [definition('work-report-2023', 2023, '只有一条')],
        },
        {
          id: 'wei-zhi',
          term: '未知',
          variants: [],
          related: [],
          definitions: [definition('lost-report', 2024, '来源不明')],
        },
      ],
      reports,
      '站',
    );
    expect(feed.entries.map((e) => [e.url, e.date, e.description])).toEqual([
      ['/glossary/liang-chong/', '2025-02-12', '新释义*'],
      ['/glossary/shuang-jian/', '2023-01-10', '只有一条'],
      ['/glossary/wei-zhi/', null, '来源不明'],
    ]);
    const rss = new XMLParser().parse(await feedXml(feed, SITE, () => undefined)).rss;
    const [first, , unknown] = rss.channel.item;
    expect(first.pubDate).toBe('Tue, 11 Feb 2025 16:00:00 GMT');
    expect(unknown.pubDate).toBeUndefined();
    const $ = cheerio.load(first['content:encoded']);
    expect(
      $('p strong')
        .map((_, b) => $(b).text())
        .get(),
    ).toEqual(['2023年释义', '2025年释义']);
    expect(
      $('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['https://example.gov.cn/reports/work-report-2023/', 'https://example.gov.cn/reports/work-report-2025/']);
    expect($.root().text()).toContain('新释义*');
  });

  test('reads and renders a body once per build, however many feeds carry it', async () => {
    const entry = { title: '通知', url: '/documents/a/', date: '2025-03-01', description: '', categories: [] };
    const item = { ...entry, bodyKey: 'notices/a', markdown: null };
    const feeds = ['/rss.xml', '/feeds/type/tong-zhi.xml'].map((path) => ({
      path,
      title: '订阅',
      description: '',
      page: '/documents/',
      group: 'all' as const,
      entries: [item],
      total: 1,
    }));
    const read: string[] = [];
    const bodyOf = (key: string) => (read.push(key), '正文第一段。\n\n[链接](../b/)');
    const [first, second] = await Promise.all(feeds.map((feed) => feedXml(feed, SITE, bodyOf)));
    expect(read).toEqual(['notices/a']);
    const content = (xml: string) => new XMLParser().parse(xml).rss.channel.item['content:encoded'];
    expect(content(first)).toBe(content(second));
    expect(content(first)).toContain('href="https://example.gov.cn/documents/b/"');
    const other: string[] = [];
    await feedXml(feeds[0], SITE, (key) => (other.push(key), '另一次构建。'));
    expect(other).toEqual(['notices/a']);
  });
});
