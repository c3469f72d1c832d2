/**
 * JSON-LD of the glossary: each term is a schema.org `DefinedTerm` in the site's
 * `DefinedTermSet` 名词解释, described by its newest definition, with the reports that define it.
 */
import { definitionsByYear, type GlossaryTerm } from '../glossary/terms.ts';
import { compact, type JsonLdNode } from './json-ld.ts';

/** The set every term belongs to; `url` is the absolute URL of /glossary/. */
export function definedTermSet(url: string, terms: { name: string; url: string }[] = []): JsonLdNode {
  return compact({
    '@type': 'DefinedTermSet',
    '@id': `${url}#terms`,
    url,
    name: '名词解释',
    description: '沙坪坝区政府工作报告所附“名词解释”',
    inLanguage: 'zh-CN',
    hasDefinedTerm: terms.map((t) => ({ '@type': 'DefinedTerm', '@id': t.url, name: t.name, url: t.url })),
  });
}

/** One term; `reportUrl` gives the absolute URL of a defining report by id. */
export function definedTerm(
  term: GlossaryTerm,
  url: string,
  setUrl: string,
  reportUrl: (id: string) => string | null,
): JsonLdNode {
  const definitions = definitionsByYear(term);
  return compact({
    '@type': 'DefinedTerm',
    '@id': url,
    url,
    name: term.term,
    alternateName: term.variants,
    description: definitions.at(-1)!.text,
    inLanguage: 'zh-CN',
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': `${setUrl}#terms`, name: '名词解释', url: setUrl },
    subjectOf: [...new Set(definitions.map((d) => reportUrl(d.reportId)).filter((u): u is string => Boolean(u)))].map(
      (u) => ({ '@type': 'Report', '@id': u, url: u }),
    ),
  });
}
