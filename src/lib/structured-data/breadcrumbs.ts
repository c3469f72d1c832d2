/** JSON-LD `BreadcrumbList` of a page's breadcrumb trail (src/components/Breadcrumbs.astro). */
import type { JsonLdNode } from './json-ld.ts';

/** A crumb as the component shows it: the last one (the current page) has no link. */
export interface Crumb {
  href?: string;
  label: string;
}

/** 首页 then the crumbs; the current page's item is `pageUrl`; every item is an absolute URL. */
export function breadcrumbList(crumbs: Crumb[], pageUrl: string, site: string | URL): JsonLdNode {
  const trail = [{ href: '/', label: '首页' }, ...crumbs];
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href ? new URL(crumb.href, site).href : pageUrl,
    })),
  };
}
