/** A catalogue item for tests: a valid 通知 of the district government, with the fields a test cares about overridden. */
import type { CatalogueItem } from '../../src/lib/catalogue.ts';

export function catalogueItem(over: Partial<CatalogueItem>): CatalogueItem {
  return {
    collection: 'notices',
    id: 'x',
    url: '/documents/x/',
    title: '关于某事的通知',
    wenhao: null,
    docType: '通知',
    issuer: '重庆市沙坪坝区人民政府',
    date: null,
    signedDate: null,
    publishedDate: null,
    validity: '有效',
    gazette: null,
    gazettePage: null,
    section: null,
    topics: [],
    ...over,
  };
}
