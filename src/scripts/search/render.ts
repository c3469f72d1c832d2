/** DOM for the search page: result items, glossary cards, facet checkboxes. Text only, never HTML strings. */
import { formatDateZh } from '../../lib/dates.ts';
import { excerptSegments, readableText } from '../../lib/search/excerpt.ts';
import type { CatalogueDoc } from '../../lib/search/index-records.ts';
import { FACETS, type Facet, type FacetValue, type Selection } from '../../lib/search/facets.ts';
import type { SortOrder } from '../../lib/search/results.ts';

type Children = (Node | string | null | undefined | false)[];

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, children: Children = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Link to a record from its Pagefind URL: the page at the matched section (?part=N only tells records apart). */
export function recordHref(recordUrl: string): string {
  const [path, anchor] = recordUrl.replace(/\?part=\d+/, '').split('#');
  return anchor ? `${path}#${encodeURIComponent(anchor)}` : path;
}

export function excerptParagraph(excerptHtml: string): HTMLParagraphElement {
  const p = el('p', { class: 'search-result__excerpt' });
  for (const segment of excerptSegments(excerptHtml)) p.append(segment.mark ? el('mark', {}, [segment.text]) : segment.text);
  return p;
}

/** A result as soon as the search is done: title (linking to the page), type, 文号, date. */
export function resultItem(doc: CatalogueDoc): HTMLLIElement {
  const meta = [doc.wenhao, doc.date ? formatDateZh(doc.date) : null].filter(Boolean).join('　');
  return el('li', { class: 'search-result', 'data-url': doc.url }, [
    el('h3', { class: 'search-result__title' }, [el('a', { href: doc.url }, [doc.title])]),
    el('p', { class: 'search-result__meta' }, [el('span', { class: 'search-result__type' }, [doc.type]), meta ? ` ${meta}` : '']),
  ]);
}

/** Completes a result with its best record: link to the matched section, the section's heading, the excerpt. */
export function completeResult(item: HTMLElement, record: { url: string; excerpt: string; meta: Record<string, string> }): void {
  item.querySelector('a')?.setAttribute('href', recordHref(record.url));
  if (record.meta.section) item.append(el('p', { class: 'search-result__section' }, [`所在章节：${readableText(record.meta.section)}`]));
  if (record.excerpt) item.append(excerptParagraph(record.excerpt));
}

export function glossaryCard(doc: CatalogueDoc, definition: string | undefined): HTMLElement {
  const id = `card-${doc.url.replace(/[^a-z0-9]+/gi, '-')}`;
  return el('section', { class: 'glossary-card', 'aria-labelledby': id, 'data-url': doc.url }, [
    el('p', { class: 'glossary-card__label' }, ['名词解释']),
    el('h3', { id }, [el('a', { href: doc.url }, [doc.term ?? doc.title])]),
    definition ? el('p', {}, [readableText(definition)]) : null,
    el('p', {}, [el('a', { href: doc.url }, [`查看“${doc.term ?? doc.title}”的全部释义`])]),
  ]);
}

const SORT_LABELS: Record<SortOrder, string> = { relevance: '相关度', 'date-desc': '日期（由新到旧）', 'date-asc': '日期（由旧到新）' };

/** Sort control and one fieldset of checkboxes per facet that has values. */
export function filterPanel(counts: Record<Facet, FacetValue[]>, sort: SortOrder): Node[] {
  const select = el('select', { id: 'search-sort', name: 'sort' });
  for (const [value, label] of Object.entries(SORT_LABELS)) {
    const option = el('option', { value }, [label]);
    option.selected = value === sort;
    select.append(option);
  }
  const nodes: Node[] = [el('p', { class: 'search-sort' }, [el('label', { for: 'search-sort' }, ['排序']), ' ', select])];
  for (const facet of FACETS) {
    if (counts[facet].length === 0) continue;
    const list = el('ul');
    counts[facet].forEach((v, i) => {
      const input = el('input', { type: 'checkbox', name: facet, value: v.value, id: `facet-${FACETS.indexOf(facet)}-${i}` });
      input.checked = v.selected;
      list.append(el('li', {}, [input, ' ', el('label', { for: input.id }, [`${v.value}（${v.count}）`])]));
    });
    nodes.push(el('fieldset', { class: 'search-facet' }, [el('legend', {}, [facet]), list]));
  }
  return nodes;
}

/** The checked facet values in a filter panel. */
export function readSelection(panel: HTMLElement): Selection {
  const selection: Selection = {};
  for (const input of panel.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (selection[input.name as Facet] ??= []).push(input.value);
  }
  return selection;
}
