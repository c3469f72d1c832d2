/** RSS feed of every document, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCatalogue } from '../data/catalogue.ts';
import { SITE_NAME } from '../site.config.ts';

export async function GET(context: APIContext) {
  const catalogue = await getCatalogue();
  return rss({
    title: `${SITE_NAME} - 政府文件`,
    description: '重庆市沙坪坝区人民政府公报所载政府文件和工作报告',
    site: context.site!,
    customData: '<language>zh-CN</language>',
    items: catalogue.map((item) => ({
      title: item.wenhao ? `${item.title}（${item.wenhao}）` : item.title,
      link: item.url,
      pubDate: item.date ? new Date(`${item.date}T00:00:00+08:00`) : undefined,
      description: [item.wenhao, item.issuer, item.docType].filter(Boolean).join('　'),
      categories: [item.docType, ...item.topics],
    })),
  });
}
